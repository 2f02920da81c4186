package dev.cloudshop.query.catalog.application;

import java.util.UUID;

import dev.cloudshop.query.catalog.CatalogEvent;
import dev.cloudshop.query.catalog.persistence.CatalogViews;
import dev.cloudshop.query.catalog.projection.CatalogChanges;
import dev.cloudshop.query.projection.ConsistencyStatus;
import dev.cloudshop.support.consistency.ConsistencyToken;

import org.springframework.stereotype.Component;

/**
 * Read-your-writes: a query that carries the consistency token of a write waits until the
 * active catalog reflects that write (the product's or review's version reached the token's),
 * at most {@link CatalogProperties#consistencyWait()}. It wakes at once when this instance
 * commits a change, and looks again every {@link CatalogProperties#consistencyRecheck()} in case
 * another replica applied it. No sleeping: a catalog that is already current answers at once.
 */
@Component
public class CatalogConsistency {

	private final CatalogViews views;

	private final CatalogChanges changes;

	private final CatalogProperties properties;

	CatalogConsistency(CatalogViews views, CatalogChanges changes, CatalogProperties properties) {
		this.views = views;
		this.changes = changes;
		this.properties = properties;
	}

	/**
	 * Checks that the catalog can wait for the token.
	 * @throws UnsupportedConsistencyTokenException if it names a write the catalog does not show
	 */
	public static void check(ConsistencyToken token) {
		aggregateId(token);
	}

	/** Waits until the active catalog reflects the token's write, or the wait runs out. */
	public ConsistencyStatus await(ConsistencyToken token) {
		UUID id = aggregateId(token);
		return this.changes.awaitReflected(() -> reflects(token, id), this.properties.consistencyWait(),
				this.properties.consistencyRecheck());
	}

	private boolean reflects(ConsistencyToken token, UUID id) {
		long version = CatalogEvent.PRODUCT.equals(token.aggregateType()) ? this.views.productVersion(id)
				: this.views.reviewVersion(id);
		return version >= token.version();
	}

	private static UUID aggregateId(ConsistencyToken token) {
		if (!CatalogEvent.PRODUCT.equals(token.aggregateType()) && !CatalogEvent.REVIEW.equals(token.aggregateType())) {
			throw new UnsupportedConsistencyTokenException(token,
					"only writes of a " + CatalogEvent.PRODUCT + " or a " + CatalogEvent.REVIEW + " show in it");
		}
		try {
			return UUID.fromString(token.aggregateId());
		}
		catch (IllegalArgumentException ex) {
			throw new UnsupportedConsistencyTokenException(token, "the id of a " + token.aggregateType() + " is a UUID");
		}
	}

}
