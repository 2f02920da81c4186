package dev.cloudshop.product;

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
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { ProductServiceIntegrationTest.CONFIG_NAME, ProductServiceIntegrationTest.CONFIG_LOCATION,
				ProductServiceIntegrationTest.NO_CONFIG_SERVER, ProductServiceIntegrationTest.NO_EUREKA,
				ProductServiceIntegrationTest.NO_ZIPKIN, ProductServiceIntegrationTest.QUIET_KAFKA })
@Import({ TestInfrastructure.class, TestJwtIssuer.class })
public abstract class ProductServiceIntegrationTest {

	/** Reads config-repo/application.yml and config-repo/product-service.yml as the config server would serve them. */
	public static final String CONFIG_NAME = "spring.config.name=application,product-service";

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

	protected ProductApi api;

	@BeforeEach
	void connectToTheApi() {
		this.api = new ProductApi(this.port);
	}

}
