package dev.cloudshop.query.catalog.projection;

import java.util.Map;
import java.util.UUID;

import dev.cloudshop.query.catalog.CatalogEvent;
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
import dev.cloudshop.query.projection.Envelope;
import dev.cloudshop.query.projection.EventPayloads;
import dev.cloudshop.query.projection.MalformedEventException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Reads the payload of every event type and version the catalog knows (a tolerant reader:
 * fields it does not need are ignored). A type it does not know is an {@link UnknownEvent}; a
 * payload that is not what its type says is malformed, and so is an event whose aggregate does
 * not match the payload's id.
 */
@Component
public class CatalogEventDecoder {

	/** The types read, each with the aggregate type its events must carry. */
	private static final Map<String, Reader> READERS = Map.of(
			"cloudshop.product.ProductCreated.v1", new Reader(CatalogEvent.PRODUCT, ProductCreated.class),
			"cloudshop.product.ProductUpdated.v1", new Reader(CatalogEvent.PRODUCT, ProductUpdated.class),
			"cloudshop.product.ProductPriceChanged.v1", new Reader(CatalogEvent.PRODUCT, ProductPriceChanged.class),
			"cloudshop.product.ProductDiscontinued.v1", new Reader(CatalogEvent.PRODUCT, ProductDiscontinued.class),
			"cloudshop.product.StockAdjusted.v1", new Reader(CatalogEvent.PRODUCT, StockAdjusted.class),
			"cloudshop.review.ReviewPosted.v1", new Reader(CatalogEvent.REVIEW, ReviewPosted.class),
			"cloudshop.review.ReviewEdited.v1", new Reader(CatalogEvent.REVIEW, ReviewEdited.class),
			"cloudshop.review.ReviewRemoved.v1", new Reader(CatalogEvent.REVIEW, ReviewRemoved.class));

	private final EventPayloads payloads;

	public CatalogEventDecoder(JsonMapper json) {
		this.payloads = new EventPayloads(json);
	}

	/** @throws MalformedEventException if the payload is not the event its type says */
	public CatalogEvent decode(Envelope envelope) {
		Reader reader = READERS.get(envelope.type());
		if (reader == null) {
			return new UnknownEvent(envelope.type());
		}
		CatalogEvent event = this.payloads.read(envelope, reader.aggregateType, reader.type);
		UUID aggregateId = aggregateId(event);
		if (!aggregateId.toString().equalsIgnoreCase(envelope.aggregateId())) {
			throw new MalformedEventException("The payload of " + envelope.type() + " is about " + aggregateId
					+ ", the record about " + envelope.aggregateId());
		}
		return event;
	}

	/** Whether the type is one the catalog reads. */
	public static boolean reads(String type) {
		return READERS.containsKey(type);
	}

	private static UUID aggregateId(CatalogEvent event) {
		if (event instanceof ReviewEvent review) {
			return review.reviewId();
		}
		if (event instanceof ProductCreated created) {
			return created.productId();
		}
		if (event instanceof ProductUpdated updated) {
			return updated.productId();
		}
		if (event instanceof ProductPriceChanged changed) {
			return changed.productId();
		}
		if (event instanceof ProductDiscontinued discontinued) {
			return discontinued.productId();
		}
		if (event instanceof StockAdjusted adjusted) {
			return adjusted.productId();
		}
		throw new IllegalArgumentException("No aggregate id in " + event);
	}

	private record Reader(String aggregateType, Class<? extends CatalogEvent> type) {
	}

}
