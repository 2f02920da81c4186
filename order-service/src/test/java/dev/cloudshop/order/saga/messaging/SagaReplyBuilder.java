package dev.cloudshop.order.saga.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import dev.cloudshop.contracts.GoldenSamples;
import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test fixture for the participants' replies as their outboxes write them:
 * {@code aReply("StockReserved.v1").to(orderId).toProducerRecord()}. The value is the type's
 * golden sample with the order's id; the topic, aggregate type ({@code StockReservation} on
 * product.events, {@code Payment} on payment.events) and CloudEvents headers follow from the
 * type. {@link #without}, {@link #withValue} and {@link #withKey} make broken records.
 */
public final class SagaReplyBuilder {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String type;

	private final String topic;

	private String aggregateType;

	private String eventId = UUID.randomUUID().toString();

	private UUID orderId = UUID.randomUUID();

	private String key;

	private boolean keySet;

	private long version = 1;

	private String value;

	private boolean valueSet;

	private String reason;

	private String omittedHeader;

	private SagaReplyBuilder(String type) {
		this.type = type;
		boolean fromProducts = type.startsWith("cloudshop.product.");
		this.topic = fromProducts ? SagaReplyListener.PRODUCT_EVENTS_TOPIC : SagaReplyListener.PAYMENT_EVENTS_TOPIC;
		this.aggregateType = fromProducts ? SagaReplyReader.STOCK_RESERVATION : SagaReplyReader.PAYMENT;
	}

	/**
	 * @param type a sample name of product.events ({@code StockReserved.v1}) or payment.events
	 * ({@code PaymentAuthorized.v1}), or a full CloudEvents type
	 */
	public static SagaReplyBuilder aReply(String type) {
		if (type.startsWith("cloudshop.")) {
			return new SagaReplyBuilder(type);
		}
		return new SagaReplyBuilder((type.startsWith("Stock") ? "cloudshop.product." : "cloudshop.payment.") + type);
	}

	public SagaReplyBuilder to(UUID orderId) {
		this.orderId = orderId;
		return this;
	}

	public SagaReplyBuilder to(String orderId) {
		return to(UUID.fromString(orderId));
	}

	/** Another aggregate than the replying one, e.g. {@code Product}. */
	public SagaReplyBuilder ofAggregate(String aggregateType) {
		this.aggregateType = aggregateType;
		return this;
	}

	public SagaReplyBuilder atVersion(long version) {
		this.version = version;
		return this;
	}

	public SagaReplyBuilder withEventId(String eventId) {
		this.eventId = eventId;
		return this;
	}

	/** The sample's {@code reason} replaced. */
	public SagaReplyBuilder because(String reason) {
		this.reason = reason;
		return this;
	}

	/** Another record key than the order id (null for none). */
	public SagaReplyBuilder withKey(String key) {
		this.key = key;
		this.keySet = true;
		return this;
	}

	/** The value as it is, instead of the golden sample. */
	public SagaReplyBuilder withValue(String value) {
		this.value = value;
		this.valueSet = true;
		return this;
	}

	public SagaReplyBuilder without(String header) {
		this.omittedHeader = header;
		return this;
	}

	public String eventId() {
		return this.eventId;
	}

	public String topic() {
		return this.topic;
	}

	public ProducerRecord<String, String> toProducerRecord() {
		return new ProducerRecord<>(this.topic, null, key(), value(), headers());
	}

	public ConsumerRecord<String, String> toConsumerRecord() {
		ConsumerRecord<String, String> record = new ConsumerRecord<>(this.topic, 0, 42, key(), value());
		headers().forEach((header) -> record.headers().add(header));
		return record;
	}

	private String key() {
		return this.keySet ? this.key : this.orderId.toString();
	}

	private String value() {
		if (this.valueSet) {
			return this.value;
		}
		ObjectNode sample = (ObjectNode) GoldenSamples.load(this.topic, this.type);
		sample.put("orderId", this.orderId.toString());
		if (this.reason != null) {
			sample.put("reason", this.reason);
		}
		return JSON.writeValueAsString(sample);
	}

	private Headers headers() {
		Headers headers = new RecordHeaders();
		add(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
		add(headers, CloudEventHeaders.ID, this.eventId);
		add(headers, CloudEventHeaders.TYPE, this.type);
		add(headers, CloudEventHeaders.SOURCE, this.topic.startsWith("product")
				? "/cloudshop/product-service" : "/cloudshop/payment-service");
		add(headers, CloudEventHeaders.TIME, Instant.now().toString());
		add(headers, CloudEventHeaders.SUBJECT, this.orderId.toString());
		add(headers, CloudEventHeaders.AGGREGATE_TYPE, this.aggregateType);
		add(headers, CloudEventHeaders.AGGREGATE_VERSION, Long.toString(this.version));
		add(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.APPLICATION_JSON);
		return headers;
	}

	private void add(Headers headers, String name, String value) {
		if (!name.equals(this.omittedHeader)) {
			headers.add(name, value.getBytes(StandardCharsets.UTF_8));
		}
	}

}
