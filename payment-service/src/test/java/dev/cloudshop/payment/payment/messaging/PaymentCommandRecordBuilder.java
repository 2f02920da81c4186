package dev.cloudshop.payment.payment.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import dev.cloudshop.contracts.GoldenSamples;
import dev.cloudshop.payment.payment.AuthorizePayment;
import dev.cloudshop.payment.payment.RefundPayment;
import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test fixture for records of payment.commands as order-service's outbox writes them: key =
 * order id, CloudEvents headers (aggregate {@code Order}), the value the command's golden sample
 * with the command's values: {@code aRecordOf(command).withEventId(id).toProducerRecord()}.
 * {@link #without}, {@link #withKey} and {@link #withValue} make the broken records a consumer
 * must survive.
 */
public final class PaymentCommandRecordBuilder {

	public static final String TOPIC = PaymentCommandsListener.PAYMENT_COMMANDS_TOPIC;

	public static final String AUTHORIZE_PAYMENT = PaymentCommandReader.AUTHORIZE_PAYMENT;

	public static final String REFUND_PAYMENT = PaymentCommandReader.REFUND_PAYMENT;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String type;

	private final UUID orderId;

	private final ObjectNode value;

	private String eventId = UUID.randomUUID().toString();

	private String key;

	private String rawValue;

	private boolean rawValueSet;

	private String omittedHeader;

	private PaymentCommandRecordBuilder(String type, UUID orderId, ObjectNode value) {
		this.type = type;
		this.orderId = orderId;
		this.key = orderId.toString();
		this.value = value;
	}

	public static PaymentCommandRecordBuilder aRecordOf(AuthorizePayment command) {
		ObjectNode value = sample(AUTHORIZE_PAYMENT);
		value.put("orderId", command.orderId().toString());
		value.put("customerId", command.customerId().toString());
		value.put("amount", command.amount());
		value.put("currency", command.currency());
		return new PaymentCommandRecordBuilder(AUTHORIZE_PAYMENT, command.orderId(), value);
	}

	public static PaymentCommandRecordBuilder aRecordOf(RefundPayment command) {
		ObjectNode value = sample(REFUND_PAYMENT);
		value.put("orderId", command.orderId().toString());
		return new PaymentCommandRecordBuilder(REFUND_PAYMENT, command.orderId(), value);
	}

	public PaymentCommandRecordBuilder withEventId(String eventId) {
		this.eventId = eventId;
		return this;
	}

	/** Another record key than the order id (null for none). */
	public PaymentCommandRecordBuilder withKey(String key) {
		this.key = key;
		return this;
	}

	/** A value field set to this JSON text (e.g. {@code "\"10.00\""} for a string amount). */
	public PaymentCommandRecordBuilder withField(String name, String json) {
		this.value.set(name, JSON.readTree(json));
		return this;
	}

	public PaymentCommandRecordBuilder withoutField(String name) {
		this.value.remove(name);
		return this;
	}

	/** The value as it is, instead of the golden sample. */
	public PaymentCommandRecordBuilder withValue(String value) {
		this.rawValue = value;
		this.rawValueSet = true;
		return this;
	}

	public PaymentCommandRecordBuilder without(String header) {
		this.omittedHeader = header;
		return this;
	}

	public String eventId() {
		return this.eventId;
	}

	public ProducerRecord<String, String> toProducerRecord() {
		return new ProducerRecord<>(TOPIC, null, this.key, value(), headers());
	}

	public ConsumerRecord<String, String> toConsumerRecord() {
		ConsumerRecord<String, String> record = new ConsumerRecord<>(TOPIC, 0, 42, this.key, value());
		headers().forEach((header) -> record.headers().add(header));
		return record;
	}

	private String value() {
		return this.rawValueSet ? this.rawValue : JSON.writeValueAsString(this.value);
	}

	private static ObjectNode sample(String type) {
		return (ObjectNode) GoldenSamples.load("payment.commands", type);
	}

	private Headers headers() {
		Headers headers = new RecordHeaders();
		add(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
		add(headers, CloudEventHeaders.ID, this.eventId);
		add(headers, CloudEventHeaders.TYPE, this.type);
		add(headers, CloudEventHeaders.SOURCE, "/cloudshop/order-service");
		add(headers, CloudEventHeaders.TIME, Instant.now().toString());
		add(headers, CloudEventHeaders.SUBJECT, this.orderId.toString());
		add(headers, CloudEventHeaders.AGGREGATE_TYPE, "Order");
		add(headers, CloudEventHeaders.AGGREGATE_VERSION, "2");
		add(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.APPLICATION_JSON);
		return headers;
	}

	private void add(Headers headers, String name, String value) {
		if (!name.equals(this.omittedHeader)) {
			headers.add(name, value.getBytes(StandardCharsets.UTF_8));
		}
	}

}
