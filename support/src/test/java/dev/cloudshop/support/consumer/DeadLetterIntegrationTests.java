package dev.cloudshop.support.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import dev.cloudshop.testsupport.SharedInfrastructure;
import dev.cloudshop.testsupport.TestInfrastructure;
import dev.cloudshop.testsupport.TopicRecords;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A listener whose records fail in every way a consumer meets: each record is processed or
 * parked as the error handling promises, and the partition always moves on.
 */
@SpringBootTest(properties = { "cloudshop.consumer.dead-letter-topic=" + DeadLetterIntegrationTests.DEAD_LETTERS,
		"cloudshop.consumer.retry-interval=10ms", "cloudshop.consumer.transient-max-back-off=100ms",
		"spring.kafka.consumer.group-id=dead-letter-test", "spring.kafka.consumer.auto-offset-reset=earliest",
		"spring.kafka.consumer.key-deserializer=org.springframework.kafka.support.serializer.ErrorHandlingDeserializer",
		"spring.kafka.consumer.value-deserializer=org.springframework.kafka.support.serializer.ErrorHandlingDeserializer",
		"spring.kafka.consumer.properties.spring.deserializer.key.delegate.class=org.apache.kafka.common.serialization.StringDeserializer",
		"spring.kafka.consumer.properties.spring.deserializer.value.delegate.class=" + DeadLetterIntegrationTests.STRICT_UTF8 })
@Import({ TestInfrastructure.class, DeadLetterIntegrationTests.Listener.class })
class DeadLetterIntegrationTests {

	static final String TOPIC = "dead-letter-test.events";

	static final String DEAD_LETTERS = "dead-letter-test.dlt";

	static final String STRICT_UTF8 = "dev.cloudshop.support.consumer.StrictUtf8Deserializer";

	private static final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
			Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers()),
			new StringSerializer(), new ByteArraySerializer());

	@Autowired
	private Listener listener;

	@Autowired
	private MeterRegistry meters;

	@AfterAll
	static void closeProducer() {
		producer.close();
	}

	@Test
	void parksEachUnprocessableRecordWithItsReasonAndProcessesTheRest() {
		String key = UUID.randomUUID().toString();
		send(key, "{\"outcome\":\"ok\",\"n\":1}");
		send(key, "{\"outcome\":\"poison\",\"n\":2}");
		send(key, "not json at all");
		send(key, new byte[] { (byte) 0xC3, (byte) 0x28 });
		send(key, "{\"outcome\":\"transient\",\"n\":3}");
		send(key, "{\"outcome\":\"bug\",\"n\":4}");
		send(key, "{\"outcome\":\"ok\",\"n\":5}");

		await().atMost(Duration.ofSeconds(30)).until(() -> this.listener.processed(key).contains(5));
		assertThat(this.listener.processed(key)).as("the transient failure retried until it worked, in order")
			.containsExactly(1, 3, 5);
		assertThat(this.listener.attempts(key, 4)).as("an unexpected failure: first try plus three retries")
			.isEqualTo(4);

		List<ConsumerRecord<String, String>> parked = TopicRecords.awaitRecords(DEAD_LETTERS, key, 4);
		assertThat(parked).hasSize(4);
		assertThat(parked).map(ConsumerRecord::value).startsWith("{\"outcome\":\"poison\",\"n\":2}", "not json at all");
		assertThat(parked).map((record) -> header(record, ConsumerAutoConfiguration.REASON_HEADER))
			.satisfiesExactly((reason) -> assertThat(reason).contains("record 2 is poison"),
					(reason) -> assertThat(reason).contains("Unrecognized token"),
					(reason) -> assertThat(reason).contains("not UTF-8"),
					(reason) -> assertThat(reason).contains("record 4 found a bug"));
		assertThat(parked).allSatisfy((record) -> {
			assertThat(header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(TOPIC);
			assertThat(header(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP)).isEqualTo("dead-letter-test");
		});
		assertThat(this.meters.get("cloudshop.consumer.dead.letters").tag("topic", TOPIC).counter().count())
			.isGreaterThanOrEqualTo(4);
	}

	private static void send(String key, String value) {
		send(key, value.getBytes(StandardCharsets.UTF_8));
	}

	private static void send(String key, byte[] value) {
		producer.send(new ProducerRecord<>(TOPIC, key, value));
		producer.flush();
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

	/** Does what each record asks: succeed, be poison, fail twice transiently, or fail always. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Listener {

		private final JsonMapper json = JsonMapper.builder().build();

		private final Map<String, Queue<Integer>> processed = new ConcurrentHashMap<>();

		private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

		@Bean
		MeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

		@KafkaListener(topics = TOPIC)
		void on(ConsumerRecord<String, String> record) {
			Map<?, ?> event = this.json.readValue(record.value(), Map.class);
			int n = (Integer) event.get("n");
			int attempt = this.attempts.computeIfAbsent(record.key() + "/" + n, (k) -> new AtomicInteger())
				.incrementAndGet();
			switch ((String) event.get("outcome")) {
				case "poison" -> throw new PoisonEventException("record " + n + " is poison");
				case "transient" -> {
					if (attempt <= 2) {
						throw new TransientDataAccessResourceException("database restarting");
					}
				}
				case "bug" -> throw new IllegalStateException("record " + n + " found a bug");
				default -> {
				}
			}
			this.processed.computeIfAbsent(record.key(), (k) -> new ConcurrentLinkedQueue<>()).add(n);
		}

		List<Integer> processed(String key) {
			return List.copyOf(this.processed.getOrDefault(key, new ConcurrentLinkedQueue<>()));
		}

		int attempts(String key, int n) {
			return this.attempts.getOrDefault(key + "/" + n, new AtomicInteger()).get();
		}

	}

}
