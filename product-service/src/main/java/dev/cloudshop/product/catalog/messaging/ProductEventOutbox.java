package dev.cloudshop.product.catalog.messaging;

import java.util.Map;

import dev.cloudshop.product.catalog.Product;
import dev.cloudshop.product.catalog.ProductCreated;
import dev.cloudshop.product.catalog.ProductDiscontinued;
import dev.cloudshop.product.catalog.ProductEvent;
import dev.cloudshop.product.catalog.ProductPriceChanged;
import dev.cloudshop.product.catalog.ProductUpdated;
import dev.cloudshop.product.catalog.RecordedEvent;
import dev.cloudshop.product.catalog.StockAdjusted;
import dev.cloudshop.support.outbox.Outbox;
import dev.cloudshop.support.outbox.OutboxEvent;

import org.springframework.stereotype.Component;

/**
 * Hands a product's recorded events to the transactional outbox, which publishes them to
 * {@value #TOPIC} after the surrounding transaction commits: key = product id, value = the
 * event as JSON, CloudEvents type as listed in {@link #TYPES}.
 */
@Component
public class ProductEventOutbox {

	public static final String TOPIC = "product.events";

	public static final String AGGREGATE_TYPE = "Product";

	/**
	 * The CloudEvents type of each event: the wire contract, with a golden sample per entry in
	 * the contracts module. A new shape of an event gets a new version, never a changed one.
	 */
	static final Map<Class<? extends ProductEvent>, String> TYPES = Map.of(
			ProductCreated.class, "cloudshop.product.ProductCreated.v1",
			ProductUpdated.class, "cloudshop.product.ProductUpdated.v1",
			ProductPriceChanged.class, "cloudshop.product.ProductPriceChanged.v1",
			ProductDiscontinued.class, "cloudshop.product.ProductDiscontinued.v1",
			StockAdjusted.class, "cloudshop.product.StockAdjusted.v1");

	private final Outbox outbox;

	ProductEventOutbox(Outbox outbox) {
		this.outbox = outbox;
	}

	/** Appends the events the product recorded since the last call; needs a transaction. */
	public void append(Product product) {
		String productId = product.id().toString();
		for (RecordedEvent recorded : product.releaseEvents()) {
			this.outbox.append(new OutboxEvent(TOPIC, AGGREGATE_TYPE, productId, recorded.productVersion(),
					typeOf(recorded.event()), recorded.event()));
		}
	}

	static String typeOf(ProductEvent event) {
		String type = TYPES.get(event.getClass());
		if (type == null) {
			throw new IllegalStateException("No event type for " + event.getClass().getName());
		}
		return type;
	}

}
