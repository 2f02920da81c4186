package dev.cloudshop.order.saga.messaging;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import dev.cloudshop.order.saga.SagaReply;
import dev.cloudshop.order.saga.SagaReply.PaymentAuthorized;
import dev.cloudshop.order.saga.SagaReply.PaymentDeclined;
import dev.cloudshop.order.saga.SagaReply.PaymentRefunded;
import dev.cloudshop.order.saga.SagaReply.StockReleased;
import dev.cloudshop.order.saga.SagaReply.StockReservationFailed;
import dev.cloudshop.order.saga.SagaReply.StockReserved;
import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import dev.cloudshop.support.consumer.PoisonEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the saga's replies from product.events and payment.events, or refuses a record as
 * poison. A tolerant reader: it takes only the records of the replying aggregates
 * ({@value #STOCK_RESERVATION} on product.events, {@value #PAYMENT} on payment.events; product
 * and account events share those topics and are none of the saga's business), reads the types
 * it knows and skips the others, and of the value needs only {@code orderId} (and the reason of
 * a refusal).
 */
class SagaReplyReader {

	static final String STOCK_RESERVATION = "StockReservation";

	static final String PAYMENT = "Payment";

	/** The aggregate whose records are replies, per topic. */
	static final Map<String, String> REPLYING_AGGREGATES = Map.of(
			SagaReplyListener.PRODUCT_EVENTS_TOPIC, STOCK_RESERVATION,
			SagaReplyListener.PAYMENT_EVENTS_TOPIC, PAYMENT);

	/** The replies the saga reads, by CloudEvents type, and how their value becomes a {@link SagaReply}. */
	static final Map<String, BiFunction<UUID, JsonNode, SagaReply>> REPLIES = Map.of(
			"cloudshop.product.StockReserved.v1", (orderId, value) -> new StockReserved(orderId),
			"cloudshop.product.StockReservationFailed.v1",
			(orderId, value) -> new StockReservationFailed(orderId, text(value, "reason")),
			"cloudshop.product.StockReleased.v1", (orderId, value) -> new StockReleased(orderId),
			"cloudshop.payment.PaymentAuthorized.v1", (orderId, value) -> new PaymentAuthorized(orderId),
			"cloudshop.payment.PaymentDeclined.v1",
			(orderId, value) -> new PaymentDeclined(orderId, text(value, "reason")),
			"cloudshop.payment.PaymentRefunded.v1", (orderId, value) -> new PaymentRefunded(orderId));

	/** A reply with its event id (for the idempotent consumer) and type (for the log). */
	record IncomingReply(String eventId, String type, SagaReply reply) {
	}

	private final JsonMapper json;

	SagaReplyReader(JsonMapper json) {
		this.json = json;
	}

	/**
	 * The reply the record carries; empty for a record of another aggregate, or of a reply type
	 * this version does not read.
	 * @throws PoisonEventException for a reply that can never be applied
	 */
	Optional<IncomingReply> read(ConsumerRecord<String, String> record) {
		String aggregateType = header(record, CloudEventHeaders.AGGREGATE_TYPE);
		if (!aggregateType.equals(REPLYING_AGGREGATES.get(record.topic()))) {
			return Optional.empty();
		}
		String eventId = header(record, CloudEventHeaders.ID);
		String type = header(record, CloudEventHeaders.TYPE);
		BiFunction<UUID, JsonNode, SagaReply> reader = REPLIES.get(type);
		if (reader == null) {
			return Optional.empty();
		}
		UUID orderId = orderId(record);
		JsonNode value = value(record, type);
		JsonNode inValue = value.get("orderId");
		if (inValue == null || !inValue.isString() || !orderId.toString().equalsIgnoreCase(inValue.asString())) {
			throw poison(record, type + " is about order " + inValue + " but keyed by " + orderId);
		}
		return Optional.of(new IncomingReply(eventId, type, reader.apply(orderId, value)));
	}

	private JsonNode value(ConsumerRecord<String, String> record, String type) {
		if (record.value() == null) {
			throw poison(record, type + " has no value");
		}
		try {
			JsonNode value = this.json.readTree(record.value());
			if (value == null || !value.isObject()) {
				throw poison(record, type + " is not a JSON object");
			}
			return value;
		}
		catch (JacksonException ex) {
			throw new PoisonEventException(describe(record) + ": " + type + " is not JSON: " + ex.getOriginalMessage(),
					ex);
		}
	}

	private static String text(JsonNode value, String field) {
		JsonNode node = value.get(field);
		return (node != null && node.isString()) ? node.asString() : null;
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		return CloudEventHeaders.find(record.headers(), name)
			.filter((text) -> !text.isBlank())
			.orElseThrow(() -> poison(record, "no " + name + " header"));
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

	static PoisonEventException poison(ConsumerRecord<String, String> record, String reason) {
		return new PoisonEventException(describe(record) + ": " + reason);
	}

	static String describe(ConsumerRecord<String, String> record) {
		return "Saga reply " + record.topic() + "-" + record.partition() + "@" + record.offset();
	}

}
