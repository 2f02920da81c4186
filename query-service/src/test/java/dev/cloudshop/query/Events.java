package dev.cloudshop.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import dev.cloudshop.testsupport.SharedInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import static org.awaitility.Awaitility.await;

/**
 * Publishes event records as the services' outboxes do (key = aggregate id, JSON value,
 * CloudEvents headers), and reads the dead-letter topic. One producer per test JVM, sending
 * without delay and waiting for each acknowledgement, so a test knows the order on the partition.
 */
public final class Events {

	public static final String PRODUCT_EVENTS = "product.events";

	public static final String REVIEW_EVENTS = "review.events";

	public static final String ORDER_EVENTS = "order.events";

	public static final String PAYMENT_EVENTS = "payment.events";

	public static final String DEAD_LETTERS = "query-service.dlt";

	private Events() {
	}

	/**
	 * One event record, ready to be sent (again, or out of order).
	 *
	 * @param headers the CloudEvents headers by name; a null value leaves the header out
	 */
	public record Event(String topic, String key, Map<String, String> headers, String value) {

		/** An event with every header a Cloudshop event carries. */
		public static Event of(String topic, String aggregateType, String aggregateId, long version, String type,
				Instant time, String json) {
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
			headers.put(CloudEventHeaders.ID, UUID.randomUUID().toString());
			headers.put(CloudEventHeaders.TYPE, type);
			headers.put(CloudEventHeaders.SOURCE, "/cloudshop/test");
			headers.put(CloudEventHeaders.TIME, time.toString());
			headers.put(CloudEventHeaders.SUBJECT, aggregateId);
			headers.put(CloudEventHeaders.AGGREGATE_TYPE, aggregateType);
			headers.put(CloudEventHeaders.AGGREGATE_VERSION, Long.toString(version));
			headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.APPLICATION_JSON);
			return new Event(topic, aggregateId, headers, json);
		}

		public String id() {
			return this.headers.get(CloudEventHeaders.ID);
		}

		public long version() {
			return Long.parseLong(this.headers.get(CloudEventHeaders.AGGREGATE_VERSION));
		}

		public Instant time() {
			return Instant.parse(this.headers.get(CloudEventHeaders.TIME));
		}

		/** The same event with one header changed (null: left out). */
		public Event withHeader(String name, String value) {
			Map<String, String> headers = new LinkedHashMap<>(this.headers);
			headers.put(name, value);
			return new Event(this.topic, this.key, headers, this.value);
		}

		/** The same headers with another value. */
		public Event withValue(String value) {
			return new Event(this.topic, this.key, this.headers, value);
		}

		/** Sends the event and waits for Kafka's acknowledgement. */
		public Event publish() {
			Events.publish(this);
			return this;
		}

	}

	/** Sends the events in order, each acknowledged before the next is sent. */
	public static void publish(Event... events) {
		for (Event event : events) {
			acknowledged(send(event));
		}
	}

	/** Sends many events at once, then waits for every acknowledgement. */
	public static void publishAll(List<Event> events) {
		List<Future<RecordMetadata>> sent = new ArrayList<>();
		events.forEach((event) -> sent.add(send(event)));
		sent.forEach(Events::acknowledged);
	}

	private static Future<RecordMetadata> send(Event event) {
		ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.value());
		event.headers().forEach((name, value) -> {
			if (value != null) {
				CloudEventHeaders.add(record.headers(), name, value);
			}
		});
		return Producer.INSTANCE.send(record);
	}

	private static void acknowledged(Future<RecordMetadata> sent) {
		try {
			sent.get(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Kafka did not take the event", ex);
		}
	}

	/** The records of the key on the dead-letter topic now (none while nothing was ever parked). */
	public static List<ConsumerRecord<String, String>> deadLetters(String key) {
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
				new StringDeserializer(), new StringDeserializer())) {
			List<TopicPartition> partitions = new ArrayList<>();
			for (PartitionInfo partition : consumer.partitionsFor(DEAD_LETTERS)) {
				partitions.add(new TopicPartition(DEAD_LETTERS, partition.partition()));
			}
			if (partitions.isEmpty()) {
				return List.of();
			}
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			List<ConsumerRecord<String, String>> found = new ArrayList<>();
			await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach((record) -> {
					if (key.equals(record.key())) {
						found.add(record);
					}
				});
				return partitions.stream().allMatch((partition) -> consumer.position(partition) >= ends.get(partition));
			});
			return found;
		}
	}

	/** Waits for a record of the key on the dead-letter topic, and returns the first. */
	public static ConsumerRecord<String, String> awaitDeadLetter(String key) {
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
				new StringDeserializer(), new StringDeserializer())) {
			List<TopicPartition> partitions = new ArrayList<>();
			await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> {
				for (PartitionInfo partition : consumer.partitionsFor(DEAD_LETTERS)) {
					partitions.add(new TopicPartition(DEAD_LETTERS, partition.partition()));
				}
				return !partitions.isEmpty();
			});
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			List<ConsumerRecord<String, String>> found = new ArrayList<>();
			await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach((record) -> {
					if (key.equals(record.key())) {
						found.add(record);
					}
				});
				return !found.isEmpty();
			});
			return found.get(0);
		}
	}

	private static final class Producer {

		static final KafkaProducer<String, String> INSTANCE = start();

		private static KafkaProducer<String, String> start() {
			KafkaProducer<String, String> producer = new KafkaProducer<>(
					Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
							ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 0,
							ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
					new StringSerializer(), new StringSerializer());
			Runtime.getRuntime().addShutdownHook(new Thread(() -> producer.close(Duration.ofSeconds(1))));
			return producer;
		}

	}

}
