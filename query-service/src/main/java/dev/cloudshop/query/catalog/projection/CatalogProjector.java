package dev.cloudshop.query.catalog.projection;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.cloudshop.query.catalog.CatalogEvent;
import dev.cloudshop.query.catalog.IncomingEvent;
import dev.cloudshop.query.catalog.ProductCreated;
import dev.cloudshop.query.catalog.ProductDiscontinued;
import dev.cloudshop.query.catalog.ProductPriceChanged;
import dev.cloudshop.query.catalog.ProductUpdated;
import dev.cloudshop.query.catalog.ReviewEdited;
import dev.cloudshop.query.catalog.ReviewEvent;
import dev.cloudshop.query.catalog.ReviewPosted;
import dev.cloudshop.query.catalog.ReviewRemoved;
import dev.cloudshop.query.catalog.StockAdjusted;
import dev.cloudshop.query.catalog.UnknownEvent;
import dev.cloudshop.query.catalog.persistence.ProjectionStore;
import dev.cloudshop.query.projection.Envelope;
import dev.cloudshop.query.projection.MalformedEventException;
import dev.cloudshop.query.projection.ProjectionLag;
import dev.cloudshop.query.projection.Sequencing;
import dev.cloudshop.support.inbox.ProcessedEvents;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the events of products and reviews to the catalog (events of other aggregates on the
 * same topics are left alone), each in a transaction of its own, exactly once and in each
 * aggregate's version order:
 * <ol>
 * <li>the aggregate is locked in the generation (a PostgreSQL advisory lock), so the live
 * listener's threads and a rebuild's replay never apply its events side by side;</li>
 * <li>the event id is recorded in {@link ProcessedEvents} (consumer {@code catalog-<generation>});
 * an id seen before is skipped;</li>
 * <li>by version: one already reached is a duplicate and skipped, the next one is applied and
 * then the parked events behind it, a later one is parked until the gap closes.</li>
 * </ol>
 * A review event also locks its product, so a review and its product's creation (which both set
 * the product's rating) are never applied side by side.
 */
@Component
public class CatalogProjector {

	private static final Log logger = LogFactory.getLog(CatalogProjector.class);

	private final ProjectionStore store;

	private final ProcessedEvents processedEvents;

	private final CatalogEventDecoder decoder;

	private final TransactionTemplate transactions;

	private final CatalogChanges changes;

	private final ProjectionLag lag;

	private final Clock clock;

	CatalogProjector(ProjectionStore store, ProcessedEvents processedEvents, CatalogEventDecoder decoder,
			PlatformTransactionManager transactionManager, CatalogChanges changes, MeterRegistry meters, Clock clock) {
		this.store = store;
		this.processedEvents = processedEvents;
		this.decoder = decoder;
		this.transactions = new TransactionTemplate(transactionManager);
		this.changes = changes;
		this.lag = new ProjectionLag(meters, "catalog");
		this.clock = clock;
	}

	/** The name under which a generation's applied events are remembered. */
	static String consumer(long generation) {
		return "catalog-" + generation;
	}

	/**
	 * Applies a live event to every generation that takes live events (the active one and one
	 * being built), then wakes the queries waiting for a change.
	 */
	public void applyLive(IncomingEvent event) {
		if (!event.isOfTheCatalog()) {
			logger.debug(event.envelope().describe() + " is not about the catalog");
			return;
		}
		this.transactions.executeWithoutResult((transaction) -> {
			Instant appliedAt = this.clock.instant();
			for (long generation : this.store.lockLiveGenerations()) {
				applyTo(generation, event, appliedAt);
			}
		});
		this.lag.applied(event.envelope().time(), this.clock.instant());
		this.changes.signal();
	}

	/**
	 * Applies a replayed event to the generation a rebuild builds.
	 * @return false if the generation is no longer being built
	 */
	public boolean applyReplayed(long generation, IncomingEvent event) {
		if (!event.isOfTheCatalog()) {
			return true;
		}
		Boolean applied = this.transactions.execute((transaction) -> {
			if (!this.store.lockBuildingGeneration(generation)) {
				return false;
			}
			applyTo(generation, event, this.clock.instant());
			return true;
		});
		return Boolean.TRUE.equals(applied);
	}

	private void applyTo(long generation, IncomingEvent incoming, Instant appliedAt) {
		Envelope envelope = incoming.envelope();
		this.store.lockAggregate(generation, envelope.aggregateType(), envelope.aggregateId());
		if (!this.processedEvents.markProcessed(consumer(generation), envelope.eventId())) {
			logger.debug("Event " + envelope.eventId() + " was applied to generation " + generation + " before");
			return;
		}
		long current = this.store.version(generation, envelope.aggregateType(), envelope.aggregateId());
		switch (Sequencing.next(current, envelope.version())) {
			case SKIP_DUPLICATE -> logger.debug(envelope.describe() + " is a duplicate: version " + current
					+ " was reached in generation " + generation);
			case PARK -> {
				logger.info(envelope.describe() + " parked in generation " + generation + ": waiting for version "
						+ (current + 1));
				this.store.park(generation, envelope);
			}
			case APPLY -> {
				apply(generation, envelope, incoming.event(), appliedAt);
				drainParked(generation, envelope, appliedAt);
			}
		}
	}

	private void drainParked(long generation, Envelope applied, Instant appliedAt) {
		List<Envelope> parked = this.store.parked(generation, applied.aggregateType(), applied.aggregateId());
		if (parked.isEmpty()) {
			return;
		}
		List<Long> drainable = Sequencing.drainable(applied.version(),
				parked.stream().map(Envelope::version).toList());
		for (Envelope waiting : parked) {
			if (waiting.version() <= applied.version() || drainable.contains(waiting.version())) {
				if (waiting.version() > applied.version()) {
					apply(generation, waiting, decodeParked(waiting), appliedAt);
				}
				this.store.unpark(generation, waiting);
			}
		}
	}

	/** A parked event was read once already; should this version of the service no longer read it, it only advances the version. */
	private CatalogEvent decodeParked(Envelope parked) {
		try {
			return this.decoder.decode(parked);
		}
		catch (MalformedEventException ex) {
			logger.warn(parked.describe() + " was parked but can no longer be read (" + ex.getMessage()
					+ "); it only advances the version");
			return new UnknownEvent(parked.type());
		}
	}

	private void apply(long generation, Envelope envelope, CatalogEvent event, Instant appliedAt) {
		if (event instanceof ReviewEvent review) {
			this.store.lockAggregate(generation, CatalogEvent.PRODUCT, review.productId().toString());
		}
		boolean found = true;
		if (event instanceof ProductCreated created) {
			this.store.createProduct(generation, created, envelope, appliedAt);
		}
		else if (event instanceof ProductUpdated updated) {
			found = this.store.reviseProduct(generation, updated, envelope, appliedAt);
		}
		else if (event instanceof ProductPriceChanged changed) {
			found = this.store.changePrice(generation, changed, envelope, appliedAt);
		}
		else if (event instanceof ProductDiscontinued discontinued) {
			found = this.store.discontinue(generation, discontinued, envelope, appliedAt);
		}
		else if (event instanceof StockAdjusted adjusted) {
			found = this.store.adjustStock(generation, adjusted, envelope, appliedAt);
		}
		else if (event instanceof ReviewPosted posted) {
			this.store.postReview(generation, posted, envelope, appliedAt);
		}
		else if (event instanceof ReviewEdited edited) {
			found = this.store.editReview(generation, edited, envelope, appliedAt);
		}
		else if (event instanceof ReviewRemoved removed) {
			found = this.store.removeReview(generation, removed, envelope, appliedAt);
		}
		else if (event instanceof UnknownEvent) {
			logger.warn(envelope.describe() + " is of a type this service does not read; it only advances the version");
			advance(generation, envelope, appliedAt);
		}
		if (!found) {
			logger.warn(envelope.describe() + " changes nothing in generation " + generation
					+ ": the event that created its aggregate was not read");
		}
		this.store.recordVersion(generation, envelope.aggregateType(), envelope.aggregateId(), envelope.version());
	}

	private void advance(long generation, Envelope envelope, Instant appliedAt) {
		UUID id = uuidOrNull(envelope.aggregateId());
		if (id == null) {
			return;
		}
		if (CatalogEvent.PRODUCT.equals(envelope.aggregateType())) {
			this.store.advanceProduct(generation, id, envelope, appliedAt);
		}
		else if (CatalogEvent.REVIEW.equals(envelope.aggregateType())) {
			this.store.advanceReview(generation, id, envelope);
		}
	}

	private static UUID uuidOrNull(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
