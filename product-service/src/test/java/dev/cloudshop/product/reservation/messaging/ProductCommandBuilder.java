package dev.cloudshop.product.reservation.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test fixture for records of product.commands as order-service's outbox writes them:
 * {@code aReserveStock(orderId).withLine(productId, 2).toProducerRecord()}. Key = order id,
 * JSON value, CloudEvents headers of an {@code Order} aggregate. {@link #without},
 * {@link #withKey} and {@link #withValue} make the broken records a consumer must survive.
 */
public final class ProductCommandBuilder {

	public static final String TOPIC = ProductCommandsListener.PRODUCT_COMMANDS_TOPIC;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String type;

	private final UUID orderId;

	private final List<Map<String, Object>> lines = new ArrayList<>();

	private String commandId = UUID.randomUUID().toString();

	private String key;

	private boolean keySet;

	private Integer partition;

	private long orderVersion = 1;

	private String value;

	private boolean valueSet;

	private String omittedHeader;

	private ProductCommandBuilder(String type, UUID orderId) {
		this.type = type;
		this.orderId = orderId;
	}

	public static ProductCommandBuilder aReserveStock(UUID orderId) {
		return new ProductCommandBuilder(ProductCommandReader.RESERVE_STOCK, orderId);
	}

	public static ProductCommandBuilder aReleaseStock(UUID orderId) {
		return new ProductCommandBuilder(ProductCommandReader.RELEASE_STOCK, orderId);
	}

	/** A command of another type, e.g. one product-service does not carry out. */
	public static ProductCommandBuilder aCommand(String type, UUID orderId) {
		return new ProductCommandBuilder(type, orderId);
	}

	public ProductCommandBuilder withLine(UUID productId, Object quantity) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("productId", productId.toString());
		line.put("quantity", quantity);
		this.lines.add(line);
		return this;
	}

	public ProductCommandBuilder withLine(String productId, Object quantity) {
		return withLine(UUID.fromString(productId), quantity);
	}

	/** The same command sent again: another ce_id, as order-service's retry would have. */
	public ProductCommandBuilder withCommandId(String commandId) {
		this.commandId = commandId;
		return this;
	}

	public ProductCommandBuilder withKey(String key) {
		this.key = key;
		this.keySet = true;
		return this;
	}

	/** Sends to this partition instead of the key's. */
	public ProductCommandBuilder onPartition(int partition) {
		this.partition = partition;
		return this;
	}

	public ProductCommandBuilder atOrderVersion(long version) {
		this.orderVersion = version;
		return this;
	}

	/** The value as it is, instead of the command's JSON. */
	public ProductCommandBuilder withValue(String value) {
		this.value = value;
		this.valueSet = true;
		return this;
	}

	public ProductCommandBuilder without(String header) {
		this.omittedHeader = header;
		return this;
	}

	public String commandId() {
		return this.commandId;
	}

	public UUID orderId() {
		return this.orderId;
	}

	public ProducerRecord<String, String> toProducerRecord() {
		return new ProducerRecord<>(TOPIC, this.partition, key(), value(), headers());
	}

	ConsumerRecord<String, String> toConsumerRecord() {
		ConsumerRecord<String, String> record = new ConsumerRecord<>(TOPIC, 0, 42, key(), value());
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
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("orderId", this.orderId.toString());
		if (this.type.equals(ProductCommandReader.RESERVE_STOCK)) {
			value.put("lines", this.lines);
		}
		return JSON.writeValueAsString(value);
	}

	private Headers headers() {
		Headers headers = new RecordHeaders();
		add(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
		add(headers, CloudEventHeaders.ID, this.commandId);
		add(headers, CloudEventHeaders.TYPE, this.type);
		add(headers, CloudEventHeaders.SOURCE, "/cloudshop/order-service");
		add(headers, CloudEventHeaders.TIME, Instant.now().toString());
		add(headers, CloudEventHeaders.SUBJECT, this.orderId.toString());
		add(headers, CloudEventHeaders.AGGREGATE_TYPE, "Order");
		add(headers, CloudEventHeaders.AGGREGATE_VERSION, Long.toString(this.orderVersion));
		add(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.APPLICATION_JSON);
		return headers;
	}

	private void add(Headers headers, String name, String value) {
		if (!name.equals(this.omittedHeader)) {
			headers.add(name, value.getBytes(StandardCharsets.UTF_8));
		}
	}

	@Override
	public String toString() {
		return this.type + " " + this.commandId + " of order " + this.orderId;
	}

}
