package dev.cloudshop.review.product.messaging;

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
 * Test fixture for records of product.events as product-service's outbox writes them:
 * {@code aProductEvent("ProductDiscontinued.v1").of(productId).atVersion(2).toProducerRecord()}.
 * The value is the type's golden sample with the product's id; headers are the CloudEvents
 * ones (aggregate type Product unless {@link #ofAggregate} says otherwise). {@link #without}
 * and {@link #withValue} make the broken records a consumer must survive.
 */
final class ProductEventBuilder {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String type;

	private String eventId = UUID.randomUUID().toString();

	private UUID productId = UUID.randomUUID();

	private String key;

	private boolean keySet;

	private long version = 1;

	private String aggregateType = "Product";

	private Integer partition;

	private String value;

	private boolean valueSet;

	private String omittedHeader;

	private ProductEventBuilder(String type) {
		this.type = type;
	}

	/** @param type the sample name ({@code ProductCreated.v1}) or a full CloudEvents type */
	static ProductEventBuilder aProductEvent(String type) {
		return new ProductEventBuilder(type.startsWith("cloudshop.") ? type : "cloudshop.product." + type);
	}

	/** The aggregate the event is about: the product (or, for other aggregates, their id). */
	ProductEventBuilder of(UUID productId) {
		this.productId = productId;
		return this;
	}

	/** Another aggregate than Product, e.g. product-service's StockReservation. */
	ProductEventBuilder ofAggregate(String aggregateType) {
		this.aggregateType = aggregateType;
		return this;
	}

	/** Sent to this partition rather than the key's. */
	ProductEventBuilder onPartition(int partition) {
		this.partition = partition;
		return this;
	}

	ProductEventBuilder atVersion(long version) {
		this.version = version;
		return this;
	}

	ProductEventBuilder withEventId(String eventId) {
		this.eventId = eventId;
		return this;
	}

	/** Another record key than the product id (null for none). */
	ProductEventBuilder withKey(String key) {
		this.key = key;
		this.keySet = true;
		return this;
	}

	/** The value as it is, instead of the golden sample. */
	ProductEventBuilder withValue(String value) {
		this.value = value;
		this.valueSet = true;
		return this;
	}

	ProductEventBuilder without(String header) {
		this.omittedHeader = header;
		return this;
	}

	String eventId() {
		return this.eventId;
	}

	ProducerRecord<String, String> toProducerRecord(String topic) {
		return new ProducerRecord<>(topic, this.partition, key(), value(), headers());
	}

	ConsumerRecord<String, String> toConsumerRecord() {
		ConsumerRecord<String, String> record = new ConsumerRecord<>("product.events", 0, 42, key(), value());
		headers().forEach((header) -> record.headers().add(header));
		return record;
	}

	private String key() {
		return this.keySet ? this.key : this.productId.toString();
	}

	private String value() {
		if (this.valueSet) {
			return this.value;
		}
		ObjectNode sample = (ObjectNode) GoldenSamples.load("product.events", this.type);
		for (String idField : new String[] { "productId", "orderId" }) {
			if (sample.has(idField)) {
				sample.put(idField, this.productId.toString());
			}
		}
		return JSON.writeValueAsString(sample);
	}

	private Headers headers() {
		Headers headers = new RecordHeaders();
		add(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
		add(headers, CloudEventHeaders.ID, this.eventId);
		add(headers, CloudEventHeaders.TYPE, this.type);
		add(headers, CloudEventHeaders.SOURCE, "/cloudshop/product-service");
		add(headers, CloudEventHeaders.TIME, Instant.now().toString());
		add(headers, CloudEventHeaders.SUBJECT, String.valueOf(this.productId));
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
