package dev.cloudshop.product.reservation.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.cloudshop.product.reservation.ReservationLine;
import dev.cloudshop.product.reservation.application.ReleaseStock;
import dev.cloudshop.product.reservation.application.ReserveStock;
import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import dev.cloudshop.support.consumer.PoisonEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a record of product.commands into the command it carries, or refuses it as poison: no
 * {@code ce_id}, a type this service does not carry out, a key that is not the order id, a value
 * that is not JSON of the command's shape, a line without product or with a quantity outside 1
 * to {@link dev.cloudshop.product.catalog.Product#MAX_STOCK}. Fields it does not need are
 * ignored.
 */
class ProductCommandReader {

	static final String RESERVE_STOCK = "cloudshop.order.ReserveStock.v1";

	static final String RELEASE_STOCK = "cloudshop.order.ReleaseStock.v1";

	/** A command and its {@code ce_id}. */
	sealed interface ProductCommand permits Reserve, Release {

		String commandId();

	}

	record Reserve(String commandId, ReserveStock command) implements ProductCommand {
	}

	record Release(String commandId, ReleaseStock command) implements ProductCommand {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ReserveStockValue(UUID orderId, List<LineValue> lines) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record LineValue(UUID productId, Integer quantity) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ReleaseStockValue(UUID orderId) {
	}

	private final JsonMapper json;

	ProductCommandReader(JsonMapper json) {
		this.json = json;
	}

	/** @throws PoisonEventException for a record that can never be carried out */
	ProductCommand read(ConsumerRecord<String, String> record) {
		String commandId = header(record, CloudEventHeaders.ID);
		String type = header(record, CloudEventHeaders.TYPE);
		UUID orderId = orderId(record);
		if (RESERVE_STOCK.equals(type)) {
			ReserveStockValue value = value(record, type, ReserveStockValue.class);
			requireSameOrder(record, type, value.orderId(), orderId);
			return new Reserve(commandId, new ReserveStock(orderId, lines(record, value.lines())));
		}
		if (RELEASE_STOCK.equals(type)) {
			ReleaseStockValue value = value(record, type, ReleaseStockValue.class);
			requireSameOrder(record, type, value.orderId(), orderId);
			return new Release(commandId, new ReleaseStock(orderId));
		}
		throw poison(record, "product-service carries out no " + type);
	}

	private static List<ReservationLine> lines(ConsumerRecord<String, String> record, List<LineValue> values) {
		if (values == null || values.isEmpty()) {
			throw poison(record, "ReserveStock has no lines");
		}
		List<ReservationLine> lines = new ArrayList<>();
		for (LineValue value : values) {
			if (value == null || value.productId() == null || value.quantity() == null) {
				throw poison(record, "ReserveStock has a line without productId or quantity");
			}
			try {
				lines.add(new ReservationLine(value.productId(), value.quantity()));
			}
			catch (IllegalArgumentException ex) {
				throw poison(record, ex.getMessage());
			}
		}
		try {
			ReservationLine.merge(lines);
		}
		catch (IllegalArgumentException ex) {
			throw poison(record, ex.getMessage());
		}
		return lines;
	}

	private <T> T value(ConsumerRecord<String, String> record, String type, Class<T> shape) {
		if (record.value() == null) {
			throw poison(record, type + " has no value");
		}
		try {
			T value = this.json.readValue(record.value(), shape);
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

	private static void requireSameOrder(ConsumerRecord<String, String> record, String type, UUID inValue,
			UUID orderId) {
		if (inValue == null) {
			throw poison(record, type + " has no orderId");
		}
		if (!inValue.equals(orderId)) {
			throw poison(record, type + " is about order " + inValue + " but keyed by " + orderId);
		}
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		Optional<String> value = CloudEventHeaders.find(record.headers(), name).filter((text) -> !text.isBlank());
		return value.orElseThrow(() -> poison(record, "no " + name + " header"));
	}

	private static UUID orderId(ConsumerRecord<String, String> record) {
		if (record.key() == null) {
			throw poison(record, "no key (the order id)");
		}
		try {
			return UUID.fromString(record.key());
		}
		catch (IllegalArgumentException ex) {
			throw poison(record, "the key '" + record.key() + "' is not an order id");
		}
	}

	private static PoisonEventException poison(ConsumerRecord<String, String> record, String reason) {
		return new PoisonEventException(describe(record) + ": " + reason);
	}

	private static String describe(ConsumerRecord<String, String> record) {
		return "Product command " + record.topic() + "-" + record.partition() + "@" + record.offset();
	}

}
