package dev.cloudshop.product.reservation.messaging;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.cloudshop.product.catalog.messaging.ProductEventOutbox;
import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import dev.cloudshop.testsupport.SharedInfrastructure;
import dev.cloudshop.testsupport.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Plays order-service on the shared broker: sends commands to product.commands and reads the
 * replies from product.events (records of aggregate type StockReservation, keyed by the order
 * id). Close it when done.
 */
public final class OrderServiceStub implements AutoCloseable {

	public static final String REPLIES_TOPIC = ProductEventOutbox.TOPIC;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DefaultKafkaProducerFactory<String, String> producers = new DefaultKafkaProducerFactory<>(
			Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers()),
			new StringSerializer(), new StringSerializer());

	private final KafkaTemplate<String, String> kafka = new KafkaTemplate<>(this.producers);

	/** A reply as order-service reads it. */
	public record Reply(String type, long version, JsonNode value, ConsumerRecord<String, String> record) {

		/** The type's short name: {@code StockReserved}. */
		public String name() {
			return this.type.replace("cloudshop.product.", "").replace(".v1", "");
		}

		public String reason() {
			return this.value.get("reason").asString();
		}

	}

	public RecordMetadata send(ProductCommandBuilder command) {
		return this.kafka.send(command.toProducerRecord()).join().getRecordMetadata();
	}

	/** Waits for at least {@code count} replies about the order. */
	public List<Reply> awaitReplies(UUID orderId, int count) {
		return replies(TopicRecords.awaitRecords(REPLIES_TOPIC, orderId.toString(), count));
	}

	/** Waits for {@code count} replies about the order, and checks that no more come for a while. */
	public List<Reply> awaitExactlyReplies(UUID orderId, int count) {
		return replies(TopicRecords.awaitExactly(REPLIES_TOPIC, orderId.toString(), count));
	}

	/** Waits for at least {@code count} replies about the orders, in all. */
	public List<Reply> awaitReplies(List<UUID> orderIds, int count) {
		return replies(TopicRecords.awaitRecords(REPLIES_TOPIC, orderIds.stream().map(UUID::toString).toList(), count));
	}

	private static List<Reply> replies(List<ConsumerRecord<String, String>> records) {
		return records.stream()
			.map((record) -> new Reply(CloudEventHeaders.type(record.headers()),
					CloudEventHeaders.aggregateVersion(record.headers()), JSON.readTree(record.value()), record))
			.toList();
	}

	@Override
	public void close() {
		this.producers.destroy();
	}

}
