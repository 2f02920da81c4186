package dev.cloudshop.order;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import dev.cloudshop.order.order.OrderBuilder;
import dev.cloudshop.order.saga.application.SagaTimeoutSweeper;
import dev.cloudshop.order.saga.messaging.SagaReplyBuilder;
import dev.cloudshop.testsupport.SharedInfrastructure;
import dev.cloudshop.testsupport.TestInfrastructure;
import dev.cloudshop.testsupport.TestJwtIssuer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.awaitility.Awaitility.await;

/**
 * Base of every integration test sharing the one cached application context: the whole
 * service on a random port, configured from the real config-repo files (no config server, no
 * Eureka), on the test JVM's embedded PostgreSQL and Kafka, checking tokens from the JVM's
 * {@link TestJwtIssuer}, with product-service played by WireMock (found by its name through the
 * simple discovery client) and a clock the tests move on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { OrderServiceIntegrationTest.CONFIG_NAME, OrderServiceIntegrationTest.CONFIG_LOCATION,
				OrderServiceIntegrationTest.NO_CONFIG_SERVER, OrderServiceIntegrationTest.NO_EUREKA,
				OrderServiceIntegrationTest.NO_ZIPKIN, OrderServiceIntegrationTest.QUIET_KAFKA })
@Import({ TestInfrastructure.class, TestJwtIssuer.class, TestClockConfiguration.class })
public abstract class OrderServiceIntegrationTest {

	/** Reads config-repo/application.yml and config-repo/order-service.yml as the config server would serve them. */
	public static final String CONFIG_NAME = "spring.config.name=application,order-service";

	/** Surefire runs in the module's directory. */
	public static final String CONFIG_LOCATION = "spring.config.additional-location=file:../config-repo/";

	public static final String NO_CONFIG_SERVER = "spring.cloud.config.enabled=false";

	public static final String NO_EUREKA = "eureka.client.enabled=false";

	/** Traces are still made and propagated, just not sent to a Zipkin that is not there. */
	public static final String NO_ZIPKIN = "management.tracing.export.zipkin.enabled=false";

	/** The in-JVM broker and the test consumers log every setting at INFO. */
	public static final String QUIET_KAFKA = "logging.level.org.apache.kafka=WARN";

	public static final String PRODUCT_SERVICE = "product-service";

	/** The saga's timeouts in config-repo/order-service.yml. */
	public static final Duration STEP_TIMEOUT = Duration.ofSeconds(30);

	protected static final ProductServiceStub productService = ProductServiceStub.instance();

	private static final KafkaTemplate<String, String> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
			Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers()),
			new StringSerializer(), new StringSerializer()));

	@DynamicPropertySource
	static void productServiceAtWireMock(DynamicPropertyRegistry registry) {
		registry.add("spring.cloud.discovery.client.simple.instances." + PRODUCT_SERVICE + "[0].uri",
				productService::baseUrl);
	}

	@LocalServerPort
	private int port;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected SagaTimeoutSweeper sweeper;

	@Autowired
	private CircuitBreakerRegistry circuitBreakers;

	/** Acts as alice, a customer. */
	protected OrderApi api;

	@BeforeEach
	void connectToTheApiAndAHealthyProductService() {
		this.api = new OrderApi(this.port);
		productService.reset();
		this.circuitBreakers.circuitBreaker(PRODUCT_SERVICE).reset();
	}

	/** A request for one unit each of new products product-service knows, at the given prices. */
	protected Map<String, Object> anOrderOf(String... prices) {
		OrderBuilder order = OrderBuilder.anOrder();
		for (String price : prices) {
			order.withLine(productService.aProduct(price), 1, price);
		}
		return order.asRequest();
	}

	/** Places an order of one product (two units at 19.99) and returns its id. */
	protected String aPlacedOrder() {
		UUID product = productService.aProduct("19.99");
		return this.api.place(OrderBuilder.anOrder().withLine(product, 2, "19.99").asRequest()).id();
	}

	/** Sends a participant's reply, as its outbox would. */
	protected static RecordMetadata reply(SagaReplyBuilder reply) {
		return kafka.send(reply.toProducerRecord()).join().getRecordMetadata();
	}

	/** Waits until the order has the status. */
	protected OrderApi.Response awaitStatus(String orderId, String status) {
		return await().atMost(Duration.ofSeconds(60))
			.until(() -> this.api.getOrder(orderId), (order) -> status.equals(order.orderStatus()));
	}

	/** Moves the clock past the saga's deadlines and runs the timeout sweeper (as its schedule would). */
	protected void passTheDeadline() {
		this.clock.advance(STEP_TIMEOUT.plusSeconds(1));
		while (this.sweeper.sweep() > 0) {
			// orders other tests left behind are overdue too
		}
	}

}
