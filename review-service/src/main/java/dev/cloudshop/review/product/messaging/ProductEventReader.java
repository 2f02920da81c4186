package dev.cloudshop.review.product.messaging;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.cloudshop.review.product.ProductObservation;
import dev.cloudshop.review.product.ProductStatus;
import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import dev.cloudshop.support.consumer.PoisonEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a record of product.events into what it tells about its product, or refuses it as
 * poison. A tolerant reader: of the value it needs only {@code productId}, and an event type it
 * does not know still proves that the product exists (keyed by the record's key) and carries a
 * version. The topic also carries events of other aggregates than products (product-service's
 * stock reservations, keyed by order id); those tell nothing about products and are passed over.
 */
class ProductEventReader {

	/** The {@code ce_aggregatetype} of events about a product. */
	static final String PRODUCT = "Product";

	static final String PRODUCT_CREATED = "cloudshop.product.ProductCreated.v1";

	static final String PRODUCT_DISCONTINUED = "cloudshop.product.ProductDiscontinued.v1";

	/** The event types whose value is read, and the status each implies. */
	static final Map<String, ProductStatus> KNOWN_TYPES = Map.of(
			PRODUCT_CREATED, ProductStatus.ACTIVE,
			"cloudshop.product.ProductUpdated.v1", ProductStatus.ACTIVE,
			"cloudshop.product.ProductPriceChanged.v1", ProductStatus.ACTIVE,
			"cloudshop.product.StockAdjusted.v1", ProductStatus.ACTIVE,
			PRODUCT_DISCONTINUED, ProductStatus.DISCONTINUED);

	/** The part of every product event's value this service reads. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record ProductEventValue(UUID productId) {
	}

	/** An event's id and what it tells. */
	record ProductEventNotice(String eventId, String type, ProductObservation observation) {
	}

	private final JsonMapper json;

	ProductEventReader(JsonMapper json) {
		this.json = json;
	}

	/**
	 * What the record tells about its product; empty for an event of another aggregate.
	 * @throws PoisonEventException for a record that can never be applied
	 */
	Optional<ProductEventNotice> read(ConsumerRecord<String, String> record) {
		String eventId = header(record, CloudEventHeaders.ID);
		String type = header(record, CloudEventHeaders.TYPE);
		if (!PRODUCT.equals(header(record, CloudEventHeaders.AGGREGATE_TYPE))) {
			return Optional.empty();
		}
		long version = version(record);
		UUID productId = productId(record);
		ProductStatus status = KNOWN_TYPES.get(type);
		if (status == null) {
			return Optional.of(new ProductEventNotice(eventId, type,
					new ProductObservation(productId, version, ProductStatus.ACTIVE)));
		}
		UUID inValue = value(record, type).productId();
		if (inValue == null) {
			throw poison(record, type + " has no productId");
		}
		if (!inValue.equals(productId)) {
			throw poison(record, type + " is about product " + inValue + " but keyed by " + productId);
		}
		return Optional.of(new ProductEventNotice(eventId, type, new ProductObservation(productId, version, status)));
	}

	private ProductEventValue value(ConsumerRecord<String, String> record, String type) {
		if (record.value() == null) {
			throw poison(record, type + " has no value");
		}
		try {
			ProductEventValue value = this.json.readValue(record.value(), ProductEventValue.class);
			if (value == null) {
				throw poison(record, type + " has the value null");
			}
			return value;
		}
		catch (JacksonException ex) {
			throw new PoisonEventException(describe(record) + ": " + type + " is not JSON of the expected shape: "
					+ ex.getOriginalMessage(), ex);
		}
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		Optional<String> value = CloudEventHeaders.find(record.headers(), name).filter((text) -> !text.isBlank());
		return value.orElseThrow(() -> poison(record, "no " + name + " header"));
	}

	private static long version(ConsumerRecord<String, String> record) {
		String text = header(record, CloudEventHeaders.AGGREGATE_VERSION);
		try {
			long version = Long.parseLong(text.strip());
			if (version >= 1) {
				return version;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw poison(record, CloudEventHeaders.AGGREGATE_VERSION + " '" + text + "' is not a positive number");
	}

	private static UUID productId(ConsumerRecord<String, String> record) {
		if (record.key() == null) {
			throw poison(record, "no key (the product id)");
		}
		try {
			return UUID.fromString(record.key());
		}
		catch (IllegalArgumentException ex) {
			throw poison(record, "the key '" + record.key() + "' is not a product id");
		}
	}

	private static PoisonEventException poison(ConsumerRecord<String, String> record, String reason) {
		return new PoisonEventException(describe(record) + ": " + reason);
	}

	private static String describe(ConsumerRecord<String, String> record) {
		return "Product event " + record.topic() + "-" + record.partition() + "@" + record.offset();
	}

}
