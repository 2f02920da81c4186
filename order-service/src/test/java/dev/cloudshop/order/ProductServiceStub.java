package dev.cloudshop.order;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * product-service as checkout sees it ({@code GET /api/v1/products/{id}}), played by one
 * WireMock server per test JVM. Products are stubbed one by one; a failure stubbed with
 * {@link #failsWith} and friends overrides them all until {@link #reset()}.
 */
public final class ProductServiceStub {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PRODUCTS = "/api/v1/products/";

	private static final ProductServiceStub INSTANCE = new ProductServiceStub();

	private final WireMockServer server = new WireMockServer(options().dynamicPort());

	private ProductServiceStub() {
		this.server.start();
	}

	public static ProductServiceStub instance() {
		return INSTANCE;
	}

	public String baseUrl() {
		return this.server.baseUrl();
	}

	/** Forgets every product and failure, and every request seen. */
	public void reset() {
		this.server.resetAll();
	}

	/** An ACTIVE product in EUR at the price; returns its id. */
	public UUID aProduct(String price) {
		return knows(UUID.randomUUID(), "Product at " + price, price, "EUR", "ACTIVE");
	}

	public UUID aProduct(String price, String currency) {
		return knows(UUID.randomUUID(), "Product at " + price + " " + currency, price, currency, "ACTIVE");
	}

	public UUID aDiscontinuedProduct() {
		return knows(UUID.randomUUID(), "Old product", "9.99", "EUR", "DISCONTINUED");
	}

	/** An ACTIVE product in EUR that product-service takes its time to answer. */
	public UUID aSlowProduct(String price, Duration delay) {
		return stub(UUID.randomUUID(), "Slow product", price, "EUR", "ACTIVE", delay);
	}

	/** Answers the product as product-service would (with the fields checkout ignores). */
	public UUID knows(UUID id, String name, String price, String currency, String status) {
		return stub(id, name, price, currency, status, Duration.ZERO);
	}

	private UUID stub(UUID id, String name, String price, String currency, String status, Duration delay) {
		String body = JSON.writeValueAsString(Map.of("id", id, "sku", "SKU-" + id.toString().substring(0, 8).toUpperCase(),
				"name", name, "description", "", "price", new BigDecimal(price), "currency", currency, "stock", 10,
				"status", status, "version", 1));
		this.server.stubFor(get(urlEqualTo(PRODUCTS + id)).willReturn(aResponse().withStatus(200)
			.withFixedDelay((int) delay.toMillis())
			.withHeader("Content-Type", "application/json")
			.withHeader("ETag", "\"1\"")
			.withBody(body)));
		return id;
	}

	/** Every product lookup answers this status (with a problem body). */
	public void failsWith(int status) {
		this.server.stubFor(get(urlPathMatching(PRODUCTS + ".*")).atPriority(1)
			.willReturn(aResponse().withStatus(status)
				.withHeader("Content-Type", "application/problem+json")
				.withBody("{\"type\":\"https://cloudshop.dev/problems/internal-error\",\"status\":" + status + "}")));
	}

	/** Every product lookup answers only after the delay. */
	public void answersAfter(Duration delay, UUID product) {
		this.server.stubFor(get(urlPathMatching(PRODUCTS + ".*")).atPriority(1)
			.willReturn(aResponse().withStatus(200)
				.withFixedDelay((int) delay.toMillis())
				.withHeader("Content-Type", "application/json")
				.withBody("{\"id\":\"" + product + "\",\"name\":\"Slow\",\"price\":1,\"currency\":\"EUR\",\"status\":\"ACTIVE\"}")));
	}

	/** How often product-service was asked for the product. */
	public int lookupsOf(UUID product) {
		return this.server.findAll(getRequestedFor(urlEqualTo(PRODUCTS + product))).size();
	}

	/** How often product-service was asked for any product. */
	public int lookups() {
		return this.server.findAll(getRequestedFor(urlPathMatching(PRODUCTS + ".*"))).size();
	}

}
