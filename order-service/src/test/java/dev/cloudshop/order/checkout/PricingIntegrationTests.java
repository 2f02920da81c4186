package dev.cloudshop.order.checkout;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.cloudshop.order.OrderApi.Response;
import dev.cloudshop.order.OrderServiceIntegrationTest;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.client.discovery.simple.InstanceProperties;
import org.springframework.cloud.client.discovery.simple.SimpleDiscoveryProperties;

import static dev.cloudshop.order.OrderApi.ORDERS;
import static dev.cloudshop.order.order.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checkout's one synchronous call: when product-service fails, is slow, cannot be reached or
 * keeps failing, an order is refused with 503 pricing-unavailable and Retry-After, without
 * waiting out the slow service, and nothing is stored.
 */
class PricingIntegrationTests extends OrderServiceIntegrationTest {

	@Autowired
	private SimpleDiscoveryProperties discovery;

	@Autowired
	private RetryRegistry retries;

	@Autowired
	private MeterRegistry meters;

	private final UUID customer = UUID.randomUUID();

	@AfterEach
	void registerProductServiceAtWireMockAgain() {
		registerProductServiceAt(URI.create(productService.baseUrl()));
	}

	@Test
	void refusesTheOrderAfterRetryingOnceWhenProductServiceFails() {
		productService.failsWith(500);

		Response refused = place(anOrder().withLine(UUID.randomUUID(), 1, "1").asRequest());

		assertPricingUnavailable(refused);
		assertThat(productService.lookups()).as("one call and one retry").isEqualTo(2);
	}

	@Test
	void refusesTheOrderWithoutWaitingForASlowProductService() {
		UUID product = UUID.randomUUID();
		Duration slow = Duration.ofSeconds(20);
		productService.answersAfter(slow, product);

		long started = System.nanoTime();
		Response refused = place(anOrder().withLine(product, 1, "1").asRequest());

		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("cut off by the time limiter").isLessThan(slow.dividedBy(2));
		assertPricingUnavailable(refused);
	}

	@Test
	void refusesTheOrderAfterRetryingOnceWhenProductServiceCannotBeReached() throws IOException {
		registerProductServiceAt(URI.create("http://localhost:" + aClosedPort()));
		Retry.Metrics retry = this.retries.retry(PRODUCT_SERVICE).getMetrics();
		long failedAfterRetry = retry.getNumberOfFailedCallsWithRetryAttempt();

		Response refused = place(anOrder().withLine(UUID.randomUUID(), 1, "1").asRequest());

		assertPricingUnavailable(refused);
		assertThat(retry.getNumberOfFailedCallsWithRetryAttempt()).isEqualTo(failedAfterRetry + 1);
	}

	@Test
	void stopsAskingAFailingProductServiceOnceItsCircuitIsOpen() {
		productService.failsWith(503);
		for (int i = 0; i < 5; i++) {
			assertPricingUnavailable(place(anOrder().withLine(UUID.randomUUID(), 1, "1").asRequest()));
		}
		int lookups = productService.lookups();

		Response refused = place(anOrder().withLine(UUID.randomUUID(), 1, "1").asRequest());

		assertPricingUnavailable(refused);
		assertThat(productService.lookups()).as("the open circuit refuses without calling").isEqualTo(lookups);
	}

	@Test
	void neitherRetriesNorCountsAnUnknownProductAsAFailure() {
		for (int i = 0; i < 6; i++) {
			UUID unknown = UUID.randomUUID();
			assertThat(api.post(ORDERS, anOrder().withLine(unknown, 1, "1").asRequest()).problemType())
				.isEqualTo("unknown-product");
			assertThat(productService.lookupsOf(unknown)).isEqualTo(1);
		}

		assertThat(api.post(ORDERS, anOrderOf("3.00")).status()).as("the circuit stays closed").isEqualTo(201);
	}

	@Test
	void measuresItsCircuitBreakerRetryAndTimeLimiterForTheDashboards() {
		api.post(ORDERS, anOrderOf("2.00"));

		assertThat(this.meters.find("resilience4j.circuitbreaker.state").tag("name", PRODUCT_SERVICE).gauges()).isNotEmpty();
		assertThat(this.meters.find("resilience4j.circuitbreaker.calls").tag("name", PRODUCT_SERVICE).meters())
			.isNotEmpty();
		assertThat(this.meters.find("resilience4j.retry.calls").tag("name", PRODUCT_SERVICE).meters()).isNotEmpty();
		assertThat(this.meters.find("resilience4j.timelimiter.calls").tag("name", PRODUCT_SERVICE).meters())
			.isNotEmpty();
	}

	private Response place(Map<String, Object> order) {
		return api.as(this.customer).post(ORDERS, order);
	}

	private void assertPricingUnavailable(Response refused) {
		assertThat(refused.status()).isEqualTo(503);
		assertThat(refused.problemType()).isEqualTo("pricing-unavailable");
		assertThat(refused.header("Retry-After")).isEqualTo("10");
		assertThat(api.as(this.customer).get(ORDERS).body().get("page").get("totalElements").asInt())
			.as("nothing stored").isZero();
	}

	/** Replaces the instances the load balancer sees (it does not cache them). */
	private void registerProductServiceAt(URI uri) {
		InstanceProperties instance = new InstanceProperties();
		instance.setServiceId(PRODUCT_SERVICE);
		instance.setUri(uri);
		this.discovery.getInstances().put(PRODUCT_SERVICE, List.of(instance));
	}

	private static int aClosedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
