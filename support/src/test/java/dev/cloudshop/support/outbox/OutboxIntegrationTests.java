package dev.cloudshop.support.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import javax.sql.DataSource;

import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import dev.cloudshop.testsupport.SharedInfrastructure;
import dev.cloudshop.testsupport.TestInfrastructure;
import dev.cloudshop.testsupport.TopicRecords;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

@SpringBootTest
@Import(TestInfrastructure.class)
class OutboxIntegrationTests {

	private static final Duration ARRIVAL = Duration.ofSeconds(30);

	@Autowired
	private Outbox outbox;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private OutboxRelay relay;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JsonMapper jsonMapper;

	@Autowired(required = false)
	private Tracer tracer;

	/** Each test publishes to a topic of its own, so it sees only its own records. */
	private final String topic = "outbox.test." + UUID.randomUUID();

	record PriceChanged(String productId, long priceInCents) {
	}

	private OutboxEvent priceChanged(String productId, long version) {
		return new OutboxEvent(this.topic, "Product", productId, version, "cloudshop.product.PriceChanged.v1",
				new PriceChanged(productId, 100 * version));
	}

	private void appendCommitted(OutboxEvent... events) {
		this.transactions.executeWithoutResult((status) -> List.of(events).forEach(this.outbox::append));
	}

	private List<ConsumerRecord<String, String>> awaitRecords(int count) {
		return TopicRecords.awaitAnyKey(SharedInfrastructure.kafkaBootstrapServers(), this.topic, count);
	}

	private long unpublishedOnTopic() {
		return this.jdbc.sql("select count(*) from outbox_event where topic = ? and published_at is null")
			.param(this.topic)
			.query(Long.class)
			.single();
	}

	@Nested
	class Publishing {

		@Test
		void publishesACommittedEventKeyedByAggregateIdWithCloudEventsHeaders() {
			Instant before = Instant.now();
			appendCommitted(priceChanged("p-1", 3));

			ConsumerRecord<String, String> record = awaitRecords(1).get(0);

			assertThat(record.key()).isEqualTo("p-1");
			assertThat(jsonMapper.readTree(record.value()))
				.isEqualTo(jsonMapper.readTree("{\"productId\":\"p-1\",\"priceInCents\":300}"));
			Headers headers = record.headers();
			assertThat(CloudEventHeaders.get(headers, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
			assertThat(UUID.fromString(CloudEventHeaders.id(headers))).isNotNull();
			assertThat(CloudEventHeaders.type(headers)).isEqualTo("cloudshop.product.PriceChanged.v1");
			assertThat(CloudEventHeaders.source(headers)).isEqualTo("/cloudshop/outbox-test");
			assertThat(CloudEventHeaders.time(headers)).isBetween(before, Instant.now());
			assertThat(CloudEventHeaders.subject(headers)).isEqualTo("p-1");
			assertThat(CloudEventHeaders.aggregateType(headers)).isEqualTo("Product");
			assertThat(CloudEventHeaders.aggregateVersion(headers)).isEqualTo(3);
			assertThat(CloudEventHeaders.get(headers, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
			assertThat(unpublishedOnTopic()).isZero();
		}

		@Test
		void publishesNothingFromARolledBackTransaction() {
			OutboxEvent rolledBack = new OutboxEvent(topic, "Product", "p-1", 1, "cloudshop.product.RolledBack.v1",
					new PriceChanged("p-1", 1));
			transactions.executeWithoutResult((status) -> {
				outbox.append(rolledBack);
				status.setRollbackOnly();
			});
			appendCommitted(priceChanged("p-1", 1));

			// The relay sends in sequence order, so had the rolled-back event been stored, it would come first
			List<ConsumerRecord<String, String>> records = awaitRecords(1);

			assertThat(records).extracting((record) -> CloudEventHeaders.type(record.headers()))
				.containsExactly("cloudshop.product.PriceChanged.v1");
			assertThat(jdbc.sql("select count(*) from outbox_event where topic = ?").param(topic).query(Long.class).single())
				.isOne();
		}

		@Test
		void keepsTheOrderOfEachAggregateAcrossConcurrentTransactions() throws Exception {
			int writers = 4;
			int aggregatesPerWriter = 5;
			int versions = 30;
			ExecutorService executor = Executors.newFixedThreadPool(writers);
			try {
				List<Future<?>> done = IntStream.range(0, writers).<Future<?>>mapToObj((writer) -> executor.submit(() -> {
					for (int version = 1; version <= versions; version++) {
						long v = version;
						appendCommitted(IntStream.range(0, aggregatesPerWriter)
							.mapToObj((i) -> priceChanged("p-" + writer + "-" + i, v))
							.toArray(OutboxEvent[]::new));
					}
				})).toList();
				for (Future<?> writer : done) {
					writer.get();
				}
			}
			finally {
				executor.shutdown();
			}

			List<ConsumerRecord<String, String>> records = awaitRecords(writers * aggregatesPerWriter * versions);

			Map<String, List<Long>> versionsByAggregate = records.stream()
				.collect(Collectors.groupingBy(ConsumerRecord::key,
						Collectors.mapping((record) -> CloudEventHeaders.aggregateVersion(record.headers()),
								Collectors.toList())));
			List<Long> expected = IntStream.rangeClosed(1, versions).mapToObj(Long::valueOf).toList();
			assertThat(versionsByAggregate).hasSize(writers * aggregatesPerWriter)
				.allSatisfy((aggregate, published) -> assertThat(published).as(aggregate).isEqualTo(expected));
		}

		@Test
		void carriesTheTraceContextOfTheSpanThatAppendedTheEvent() {
			assertThat(tracer).isNotNull();
			Span span = tracer.nextSpan().name("change price").start();
			try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
				appendCommitted(priceChanged("p-1", 1));
			}
			finally {
				span.end();
			}

			ConsumerRecord<String, String> record = awaitRecords(1).get(0);

			assertThat(CloudEventHeaders.traceparent(record.headers())).hasValueSatisfying((traceparent) -> assertThat(
					traceparent)
				.startsWith("00-" + span.context().traceId() + "-" + span.context().spanId() + "-"));
		}

	}

	@Nested
	class Appending {

		@Test
		void refusesAnEventOutsideATransaction() {
			assertThatIllegalStateException().isThrownBy(() -> outbox.append(priceChanged("p-1", 1)))
				.withMessageContaining("transaction");
			assertThat(jdbc.sql("select count(*) from outbox_event where topic = ?").param(topic).query(Long.class).single())
				.isZero();
		}

	}

	@Nested
	class RelayLifecycle {

		@Test
		void losesNothingAppendedWhileTheRelayWasStopped() {
			relay.stop();
			try {
				appendCommitted(priceChanged("p-1", 1), priceChanged("p-2", 1));
				appendCommitted(priceChanged("p-1", 2));
				assertThat(unpublishedOnTopic()).isEqualTo(3);
			}
			finally {
				relay.start();
			}

			assertThat(awaitRecords(3)).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("p-1", "p-2", "p-1");
		}

		@Test
		void keepsTheOrderOfEachAggregateWhileASecondInstanceRelaysToo() {
			// A second instance that polls all the time, so both compete for every round
			OutboxProperties eager = new OutboxProperties(true, Duration.ofMillis(5), 7, Duration.ofSeconds(5),
					Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofDays(7), Duration.ofHours(1));
			OutboxRelay secondInstance = new OutboxRelay(dataSource,
					OutboxRelay.producerConfig(Map.of(), List.of(SharedInfrastructure.kafkaBootstrapServers()), eager,
							"second-instance"),
					eager, "/cloudshop/outbox-test", new SimpleMeterRegistry(), Clock.systemUTC());
			secondInstance.start();
			try {
				for (long version = 1; version <= 20; version++) {
					appendCommitted(priceChanged("p-1", version), priceChanged("p-2", version),
							priceChanged("p-3", version));
				}
				List<ConsumerRecord<String, String>> records = awaitRecords(60);

				List<Long> expected = LongStream.rangeClosed(1, 20).boxed().toList();
				assertThat(records.stream()
					.collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.mapping(
							(record) -> CloudEventHeaders.aggregateVersion(record.headers()), Collectors.toList()))))
					.containsOnlyKeys("p-1", "p-2", "p-3")
					.allSatisfy((aggregate, published) -> assertThat(published).as(aggregate).isEqualTo(expected));
			}
			finally {
				secondInstance.stop();
			}
		}

		@Test
		void publishesRightAfterCommitRatherThanAtTheNextPoll() {
			// After a restart the relay drains what is pending, then waits for a wake-up or the 30 s poll
			relay.stop();
			appendCommitted(priceChanged("p-1", 1));
			relay.start();
			await().atMost(ARRIVAL).until(() -> unpublishedOnTopic() == 0);

			appendCommitted(priceChanged("p-1", 2));

			await().atMost(Duration.ofSeconds(5)).until(() -> unpublishedOnTopic() == 0);
		}

	}

}
