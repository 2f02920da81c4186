package dev.cloudshop.support.outbox;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import dev.cloudshop.testsupport.RestartableKafkaBroker;
import dev.cloudshop.testsupport.TestInfrastructure;
import dev.cloudshop.testsupport.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The recovery paths, on a Kafka broker of its own that the tests stop, and a database of its
 * own so that no other test context's relay takes these events.
 */
@SpringBootTest(properties = "cloudshop.outbox.poll-interval=500ms")
@DirtiesContext
class OutboxRecoveryIntegrationTests {

	private static final RestartableKafkaBroker kafka = new RestartableKafkaBroker().start();

	private static final Duration ARRIVAL = Duration.ofSeconds(60);

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.registerIsolated(registry, "outbox_recovery", kafka);
	}

	@AfterAll
	static void stopKafka() {
		kafka.close();
	}

	@Autowired
	private Outbox outbox;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private OutboxRelay relay;

	private final String topic = "outbox.recovery." + UUID.randomUUID();

	record StockChanged(String productId, int stock) {
	}

	private OutboxEvent stockChanged(String productId, long version) {
		return new OutboxEvent(this.topic, "Product", productId, version, "cloudshop.product.StockChanged.v1",
				new StockChanged(productId, (int) version));
	}

	@Nested
	class KafkaOutage {

		@Test
		void publishesEverythingCommittedWhileKafkaWasDownOnceItIsBack() {
			kafka.stop();
			try {
				for (long version = 1; version <= 4; version++) {
					long v = version;
					transactions.executeWithoutResult((status) -> {
						outbox.append(stockChanged("p-1", v));
						outbox.append(stockChanged("p-2", v));
					});
				}
				assertThat(jdbc.sql("select count(*) from outbox_event where topic = ? and published_at is null")
					.param(topic)
					.query(Long.class)
					.single()).isEqualTo(8);
			}
			finally {
				kafka.start();
			}

			List<ConsumerRecord<String, String>> records = TopicRecords.awaitAnyKey(kafka.bootstrapServers(), topic, 8);

			assertThat(records.stream().filter((record) -> record.key().equals("p-1")))
				.extracting((record) -> CloudEventHeaders.aggregateVersion(record.headers()))
				.containsExactly(1L, 2L, 3L, 4L);
			assertThat(records.stream().filter((record) -> record.key().equals("p-2")))
				.extracting((record) -> CloudEventHeaders.aggregateVersion(record.headers()))
				.containsExactly(1L, 2L, 3L, 4L);
		}

	}

	@Nested
	class Retention {

		@Test
		void purgesPublishedEventsOlderThanTheRetentionAndKeepsTheRest() {
			insertEvent("p-old", OffsetDateTime.now().minusDays(8));
			insertEvent("p-recent", OffsetDateTime.now().minusDays(6));

			// The relay purges when it starts, then every purge interval
			relay.stop();
			relay.start();

			await().atMost(ARRIVAL).until(() -> storedAggregates().equals(List.of("p-recent")));
		}

		private void insertEvent(String aggregateId, OffsetDateTime publishedAt) {
			jdbc.sql("""
					insert into outbox_event (event_id, topic, aggregate_type, aggregate_id, aggregate_version,
					                          event_type, payload, created_at, published_at)
					values (?, ?, 'Product', ?, 1, 'cloudshop.product.StockChanged.v1', '{"stock":1}', ?, ?)
					""").params(UUID.randomUUID(), topic, aggregateId, publishedAt, publishedAt).update();
		}

		private List<String> storedAggregates() {
			return jdbc.sql("select aggregate_id from outbox_event where topic = ?")
				.param(topic)
				.query(String.class)
				.list();
		}

	}

	@Nested
	class MissedWakeUp {

		@Test
		void publishesAnEventNoCommitAnnouncedAtTheNextPoll() {
			// As another instance, or this one before a crash, would have left it
			jdbc.sql("""
					insert into outbox_event (event_id, topic, aggregate_type, aggregate_id, aggregate_version,
					                          event_type, payload, created_at)
					values (?, ?, 'Product', 'p-9', 1, 'cloudshop.product.StockChanged.v1', '{"stock":1}', ?)
					""").params(UUID.randomUUID(), topic, OffsetDateTime.now()).update();

			List<ConsumerRecord<String, String>> records = TopicRecords.awaitAnyKey(kafka.bootstrapServers(), topic, 1);

			assertThat(records).extracting(ConsumerRecord::key).containsExactly("p-9");
		}

	}

}
