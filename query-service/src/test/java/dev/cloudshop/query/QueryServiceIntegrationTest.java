package dev.cloudshop.query;

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
 * {@link TestJwtIssuer}, with a {@link TestClock} a test may stop. Tests publish events with
 * {@link Events} and read the views with {@link CatalogApi}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { QueryServiceIntegrationTest.CONFIG_NAME, QueryServiceIntegrationTest.CONFIG_LOCATION,
				QueryServiceIntegrationTest.NO_CONFIG_SERVER, QueryServiceIntegrationTest.NO_EUREKA,
				QueryServiceIntegrationTest.NO_ZIPKIN, QueryServiceIntegrationTest.QUIET_KAFKA,
				QueryServiceIntegrationTest.SHORT_CONSISTENCY_WAIT,
				QueryServiceIntegrationTest.SHORT_ORDER_CONSISTENCY_WAIT })
@Import({ TestInfrastructure.class, TestJwtIssuer.class, TestClock.class })
public abstract class QueryServiceIntegrationTest {

	/** Reads config-repo/application.yml and config-repo/query-service.yml as the config server would serve them. */
	public static final String CONFIG_NAME = "spring.config.name=application,query-service";

	/** Surefire runs in the module's directory. */
	public static final String CONFIG_LOCATION = "spring.config.additional-location=file:../config-repo/";

	public static final String NO_CONFIG_SERVER = "spring.cloud.config.enabled=false";

	public static final String NO_EUREKA = "eureka.client.enabled=false";

	/** Traces are still made and propagated, just not sent to a Zipkin that is not there. */
	public static final String NO_ZIPKIN = "management.tracing.export.zipkin.enabled=false";

	/** The in-JVM broker and the test consumers log every setting at INFO. */
	public static final String QUIET_KAFKA = "logging.level.org.apache.kafka=WARN";

	/** A stale answer comes after this wait: shorter than the 2 s of config-repo, so the tests are quicker. */
	public static final String SHORT_CONSISTENCY_WAIT = "cloudshop.catalog.consistency-wait=1500ms";

	/** The same for the order view. */
	public static final String SHORT_ORDER_CONSISTENCY_WAIT = "cloudshop.orders.consistency-wait=1500ms";

	@LocalServerPort
	private int port;

	protected CatalogApi api;

	@BeforeEach
	void connectToTheApi() {
		this.api = new CatalogApi(this.port);
	}

}
