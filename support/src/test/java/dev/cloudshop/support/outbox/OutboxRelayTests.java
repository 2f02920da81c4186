package dev.cloudshop.support.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxRelayTests {

	private final OutboxProperties properties = new OutboxProperties(true, Duration.ofSeconds(1), 500,
			Duration.ofSeconds(5), Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofDays(7),
			Duration.ofHours(1));

	@Test
	void configuresAProducerForPromptAcknowledgedOrderedSends() {
		Map<String, Object> config = OutboxRelay.producerConfig(
				Map.of(ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.ACKS_CONFIG, "1",
						ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tx-", ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd"),
				List.of("kafka-1:9092", "kafka-2:9092"), this.properties, "product-service-outbox-relay");

		assertThat(config).containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "kafka-1:9092,kafka-2:9092")
			.containsEntry(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class)
			.containsEntry(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)
			.containsEntry(ProducerConfig.LINGER_MS_CONFIG, 0)
			.containsEntry(ProducerConfig.ACKS_CONFIG, "all")
			.containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
			.containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000)
			.containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 5000)
			.containsEntry(ProducerConfig.CLIENT_ID_CONFIG, "product-service-outbox-relay")
			.containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd")
			.doesNotContainKey(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
	}

	@Test
	void keepsBootsBootstrapServersWhenNoConnectionDetailsAreGiven() {
		Map<String, Object> config = OutboxRelay.producerConfig(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, List.of("localhost:9092")), null, this.properties,
				"relay");

		assertThat(config).containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, List.of("localhost:9092"));
	}

}
