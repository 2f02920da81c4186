package dev.cloudshop.payment;

import java.util.UUID;

import dev.cloudshop.testsupport.TestInfrastructure;
import dev.cloudshop.testsupport.TestJwtIssuer;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Base of every integration test sharing the one cached application context: the whole
 * service on a random port, configured from the real config-repo files (no config server, no
 * Eureka), on the test JVM's embedded PostgreSQL and Kafka, checking tokens from the JVM's
 * {@link TestJwtIssuer}.
 * <p>
 * Tests share the database, so each acts as customers of its own ({@link #aCustomer()}),
 * whose accounts open with 0 EUR; only the opening-balance test uses the demo customers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { PaymentServiceIntegrationTest.CONFIG_NAME, PaymentServiceIntegrationTest.CONFIG_LOCATION,
				PaymentServiceIntegrationTest.NO_CONFIG_SERVER, PaymentServiceIntegrationTest.NO_EUREKA,
				PaymentServiceIntegrationTest.NO_ZIPKIN, PaymentServiceIntegrationTest.QUIET_KAFKA })
@Import({ TestInfrastructure.class, TestJwtIssuer.class })
public abstract class PaymentServiceIntegrationTest {

	/** Reads config-repo/application.yml and config-repo/payment-service.yml as the config server would serve them. */
	public static final String CONFIG_NAME = "spring.config.name=application,payment-service";

	/** Surefire runs in the module's directory. */
	public static final String CONFIG_LOCATION = "spring.config.additional-location=file:../config-repo/";

	public static final String NO_CONFIG_SERVER = "spring.cloud.config.enabled=false";

	public static final String NO_EUREKA = "eureka.client.enabled=false";

	/** Traces are still made and propagated, just not sent to a Zipkin that is not there. */
	public static final String NO_ZIPKIN = "management.tracing.export.zipkin.enabled=false";

	/** The in-JVM broker and the test consumers log every setting at INFO. */
	public static final String QUIET_KAFKA = "logging.level.org.apache.kafka=WARN";

	@LocalServerPort
	private int port;

	/** Calls the service; as a fresh customer by default ({@link PaymentApi#as}). */
	protected PaymentApi api;

	@BeforeEach
	void connectToTheApi() {
		this.api = new PaymentApi(this.port);
	}

	/** A customer nobody else uses, with no account yet (it opens with 0 EUR). */
	protected static UUID aCustomer() {
		return UUID.randomUUID();
	}

}
