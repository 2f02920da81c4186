package dev.cloudshop.product;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.cloudshop.product.catalog.messaging.ProductEventOutbox;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import static org.awaitility.Awaitility.await;

/**
 * Reads product.events with a plain KafkaConsumer, from the beginning of every partition, and
 * keeps the records of one product (its key), in the order Kafka holds them. The topic appears
 * when the outbox relay first sends to it.
 */
public final class ProductEventRecords implements AutoCloseable {

	private final KafkaConsumer<String, String> consumer;

	private final String productId;

	private final List<ConsumerRecord<String, String>> records = new ArrayList<>();

	private ProductEventRecords(String bootstrapServers, String productId) {
		this.productId = productId;
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "product-events-test-" + UUID.randomUUID(),
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
				new StringDeserializer(), new StringDeserializer());
		List<TopicPartition> partitions = new ArrayList<>();
		await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> {
			this.consumer.partitionsFor(ProductEventOutbox.TOPIC)
				.forEach((partition) -> partitions.add(new TopicPartition(partition.topic(), partition.partition())));
			return !partitions.isEmpty();
		});
		this.consumer.assign(partitions);
		this.consumer.seekToBeginning(partitions);
	}

	/** Waits until the product's topic holds at least {@code count} records, and returns them in order. */
	public static List<ConsumerRecord<String, String>> awaitRecords(String bootstrapServers, String productId,
			int count) {
		try (ProductEventRecords events = new ProductEventRecords(bootstrapServers, productId)) {
			events.awaitAtLeast(count);
			return List.copyOf(events.records);
		}
	}

	/**
	 * Waits until the topic holds {@code count} records of the product, then checks that no more
	 * arrive for a while (a duplicate would).
	 */
	public static List<ConsumerRecord<String, String>> awaitExactly(String bootstrapServers, String productId,
			int count) {
		try (ProductEventRecords events = new ProductEventRecords(bootstrapServers, productId)) {
			events.awaitAtLeast(count);
			await().pollInSameThread()
				.during(Duration.ofSeconds(2))
				.atMost(Duration.ofSeconds(10))
				.until(() -> events.poll() == count);
			return List.copyOf(events.records);
		}
	}

	private void awaitAtLeast(int count) {
		await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> poll() >= count);
	}

	private int poll() {
		for (ConsumerRecord<String, String> record : this.consumer.poll(Duration.ofMillis(200))) {
			if (this.productId.equals(record.key())) {
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
