package dev.cloudshop.review;

import java.util.UUID;

import dev.cloudshop.review.product.ProductObservation;
import dev.cloudshop.review.product.ProductStatus;
import dev.cloudshop.review.product.application.KnownProducts;
import dev.cloudshop.testsupport.TestInfrastructure;
import dev.cloudshop.testsupport.TestJwtIssuer;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
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
		properties = { ReviewServiceIntegrationTest.CONFIG_NAME, ReviewServiceIntegrationTest.CONFIG_LOCATION,
				ReviewServiceIntegrationTest.NO_CONFIG_SERVER, ReviewServiceIntegrationTest.NO_EUREKA,
				ReviewServiceIntegrationTest.NO_ZIPKIN, ReviewServiceIntegrationTest.QUIET_KAFKA })
@Import({ TestInfrastructure.class, TestJwtIssuer.class })
public abstract class ReviewServiceIntegrationTest {

	/** Reads config-repo/application.yml and config-repo/review-service.yml as the config server would serve them. */
	public static final String CONFIG_NAME = "spring.config.name=application,review-service";

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

	@Autowired
	protected KnownProducts knownProducts;

	/** Acts as alice, a customer, for changes; reads anonymously. */
	protected ReviewApi api;

	@BeforeEach
	void connectToTheApi() {
		this.api = new ReviewApi(this.port);
	}

	/**
	 * A product review-service knows as ACTIVE, made known the way product.events would (through
	 * the projection, without Kafka).
	 */
	protected UUID aKnownProduct() {
		return knownProduct(ProductStatus.ACTIVE);
	}

	protected UUID aDiscontinuedProduct() {
		return knownProduct(ProductStatus.DISCONTINUED);
	}

	private UUID knownProduct(ProductStatus status) {
		UUID productId = UUID.randomUUID();
		this.knownProducts.apply(UUID.randomUUID().toString(), new ProductObservation(productId, 1, ProductStatus.ACTIVE));
		if (status == ProductStatus.DISCONTINUED) {
			this.knownProducts.apply(UUID.randomUUID().toString(), new ProductObservation(productId, 2, status));
		}
		return productId;
	}

}
