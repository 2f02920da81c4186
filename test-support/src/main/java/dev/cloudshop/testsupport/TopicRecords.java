package dev.cloudshop.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import static org.awaitility.Awaitility.await;

/**
 * Reads a topic with a plain KafkaConsumer, from the beginning of every partition, and keeps
 * the records of some keys, in the order Kafka holds them (per partition). The topic appears
 * when it is first used. Unless a broker is named, it is the test JVM's shared one.
 */
public final class TopicRecords implements AutoCloseable {

	private static final Duration AT_MOST = Duration.ofSeconds(60);

	private final KafkaConsumer<String, String> consumer;

	private final List<TopicPartition> partitions = new ArrayList<>();

	private final Predicate<String> keys;

	private final List<ConsumerRecord<String, String>> records = new ArrayList<>();

	private TopicRecords(String bootstrapServers, String topic, Predicate<String> keys) {
		this.keys = keys;
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
				false, ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(),
				new StringDeserializer());
		await().pollInSameThread().atMost(AT_MOST).until(() -> {
			this.consumer.partitionsFor(topic)
				.forEach((partition) -> this.partitions.add(new TopicPartition(partition.topic(), partition.partition())));
			return !this.partitions.isEmpty();
		});
		this.consumer.assign(this.partitions);
		this.consumer.seekToBeginning(this.partitions);
	}

	private static TopicRecords of(String bootstrapServers, String topic, Collection<String> keys) {
		Set<String> wanted = Set.copyOf(keys);
		return new TopicRecords(bootstrapServers, topic, (key) -> key != null && wanted.contains(key));
	}

	private static TopicRecords of(String topic, Collection<String> keys) {
		return of(SharedInfrastructure.kafkaBootstrapServers(), topic, keys);
	}

	/** Waits until the topic holds at least {@code count} records of the key, and returns them in order. */
	public static List<ConsumerRecord<String, String>> awaitRecords(String topic, String key, int count) {
		return awaitRecords(topic, List.of(key), count);
	}

	/** Waits until the topic holds at least {@code count} records of the keys, and returns them. */
	public static List<ConsumerRecord<String, String>> awaitRecords(String topic, Collection<String> keys, int count) {
		try (TopicRecords records = of(topic, keys)) {
			return records.awaitAtLeast(count);
		}
	}

	/** {@link #awaitRecords(String, String, int)} on the broker of these bootstrap servers. */
	public static List<ConsumerRecord<String, String>> awaitRecords(String bootstrapServers, String topic, String key,
			int count) {
		try (TopicRecords records = of(bootstrapServers, topic, List.of(key))) {
			return records.awaitAtLeast(count);
		}
	}

	/**
	 * Waits until the topic, on the broker of these bootstrap servers, holds at least
	 * {@code count} records of any key, and returns them.
	 */
	public static List<ConsumerRecord<String, String>> awaitAnyKey(String bootstrapServers, String topic, int count) {
		try (TopicRecords records = new TopicRecords(bootstrapServers, topic, (key) -> true)) {
			return records.awaitAtLeast(count);
		}
	}

	/**
	 * Waits until the topic holds {@code count} records of the key, then checks that no more
	 * arrive for a while (a duplicate would).
	 */
	public static List<ConsumerRecord<String, String>> awaitExactly(String topic, String key, int count) {
		return awaitExactly(topic, List.of(key), count);
	}

	/** {@link #awaitExactly(String, String, int)} for several keys. */
	public static List<ConsumerRecord<String, String>> awaitExactly(String topic, Collection<String> keys, int count) {
		try (TopicRecords records = of(topic, keys)) {
			return records.awaitExactly(count);
		}
	}

	/** {@link #awaitExactly(String, String, int)} on the broker of these bootstrap servers. */
	public static List<ConsumerRecord<String, String>> awaitExactly(String bootstrapServers, String topic, String key,
			int count) {
		try (TopicRecords records = of(bootstrapServers, topic, List.of(key))) {
			return records.awaitExactly(count);
		}
	}

	/** The records of the keys the topic holds now: read up to the end each partition has. */
	public static List<ConsumerRecord<String, String>> recordsNow(String topic, Collection<String> keys) {
		try (TopicRecords records = of(topic, keys)) {
			Map<TopicPartition, Long> ends = records.consumer.endOffsets(records.partitions);
			await().pollInSameThread().atMost(AT_MOST).until(() -> {
				records.poll();
				return ends.entrySet()
					.stream()
					.allMatch((end) -> records.consumer.position(end.getKey()) >= end.getValue());
			});
			return List.copyOf(records.records);
		}
	}

	private List<ConsumerRecord<String, String>> awaitAtLeast(int count) {
		await().pollInSameThread().atMost(AT_MOST).until(() -> poll() >= count);
		return List.copyOf(this.records);
	}

	private List<ConsumerRecord<String, String>> awaitExactly(int count) {
		awaitAtLeast(count);
		await().pollInSameThread()
			.during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(10))
			.until(() -> poll() == count);
		return List.copyOf(this.records);
	}

	private int poll() {
		for (ConsumerRecord<String, String> record : this.consumer.poll(Duration.ofMillis(200))) {
			if (this.keys.test(record.key())) {
				this.records.add(record);
			}
		}
		return this.records.size();
	}

	@Override
	public void close() {
		this.consumer.close(Duration.ZERO);
	}

}
