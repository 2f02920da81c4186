package dev.cloudshop.product.catalog.messaging;

import java.time.Duration;
import java.util.List;

import dev.cloudshop.product.ProductApi;
import dev.cloudshop.product.ProductApi.Response;
import dev.cloudshop.product.ProductServiceIntegrationTest;
import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import dev.cloudshop.testsupport.RestartableKafkaBroker;
import dev.cloudshop.testsupport.TestInfrastructure;
import dev.cloudshop.testsupport.TestJwtIssuer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static dev.cloudshop.product.ProductEventRecords.awaitExactly;
import static dev.cloudshop.product.ProductEventRecords.awaitRecords;
import static dev.cloudshop.product.catalog.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kafka goes away and comes back: writes keep being accepted, their events wait in the
 * outbox, and once the broker is back each is published exactly once, in order per product.
 * Its own context, on its own broker and its own database, so the shared context's relay
 * never publishes these events elsewhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { ProductServiceIntegrationTest.CONFIG_NAME, ProductServiceIntegrationTest.CONFIG_LOCATION,
				ProductServiceIntegrationTest.NO_CONFIG_SERVER, ProductServiceIntegrationTest.NO_EUREKA,
				ProductServiceIntegrationTest.NO_ZIPKIN, ProductServiceIntegrationTest.QUIET_KAFKA,
				"cloudshop.outbox.max-backoff=500ms" })
@Import(TestJwtIssuer.class)
@DirtiesContext
class OutboxKafkaOutageIntegrationTests {

	private static final String DATABASE = "product_kafka_outage";

	private static final RestartableKafkaBroker kafka = new RestartableKafkaBroker().start();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	private ProductApi api;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.registerIsolated(registry, DATABASE, kafka);
	}

	@AfterAll
	static void stopKafka() {
		kafka.close();
	}

	@BeforeEach
	void connectToTheApi() {
		this.api = new ProductApi(this.port);
	}

	@Test
	void publishesEveryEventHeldDuringAnOutageOnceAndInOrder() {
		Response first = this.api.create(aProduct().withStock(100));
		awaitRecords(kafka.bootstrapServers(), first.id(), 1);

		kafka.stop();
		for (int i = 1; i <= 5; i++) {
			assertThat(this.api.adjustStock(first.id(), -1, "Sold during the outage").status()).isEqualTo(200);
		}
		Response second = this.api.create(aProduct());
		assertThat(unpublishedEvents()).isEqualTo(6);

		kafka.start();

		List<ConsumerRecord<String, String>> firstRecords = awaitExactly(kafka.bootstrapServers(), first.id(), 5);
		assertThat(firstRecords).extracting((record) -> CloudEventHeaders.aggregateVersion(record.headers()))
			.containsExactly(2L, 3L, 4L, 5L, 6L);
		assertThat(firstRecords).extracting((record) -> JSON.readTree(record.value()).get("stock").asInt())
			.containsExactly(99, 98, 97, 96, 95);
		List<ConsumerRecord<String, String>> secondRecords = awaitExactly(kafka.bootstrapServers(), second.id(), 1);
		assertThat(CloudEventHeaders.type(secondRecords.get(0).headers()))
			.isEqualTo("cloudshop.product.ProductCreated.v1");
		await().atMost(Duration.ofSeconds(30)).until(() -> unpublishedEvents() == 0);
	}

	private long unpublishedEvents() {
		return this.jdbc.sql("select count(*) from outbox_event where published_at is null").query(Long.class).single();
	}

}
