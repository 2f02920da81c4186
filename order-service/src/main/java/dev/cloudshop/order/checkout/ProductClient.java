package dev.cloudshop.order.checkout;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import io.github.resilience4j.retry.Retry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;

/**
 * Looks products up in product-service ({@code GET /api/v1/products/{id}}, public), through a
 * load-balanced RestClient. Each lookup runs inside a circuit breaker with a time limit, and is
 * retried on I/O errors and 5xx (never on 4xx); whatever goes wrong, the caller learns it fast,
 * as {@link PricingUnavailableException}. An unknown product (404) is an answer, not a failure:
 * it neither opens the breaker nor is retried.
 */
class ProductClient {

	static final String PRODUCT = "/api/v1/products/{id}";

	private static final Log logger = LogFactory.getLog(ProductClient.class);

	private final RestClient http;

	private final CircuitBreaker circuitBreaker;

	private final Retry retry;

	private final Duration retryAfter;

	ProductClient(RestClient http, CircuitBreaker circuitBreaker, Retry retry, Duration retryAfter) {
		this.http = http;
		this.circuitBreaker = circuitBreaker;
		this.retry = retry;
		this.retryAfter = retryAfter;
	}

	/**
	 * The product, or empty when product-service does not know it.
	 * @throws PricingUnavailableException when product-service cannot answer now
	 */
	Optional<CatalogProduct> find(UUID productId) {
		return this.circuitBreaker.run(() -> this.retry.executeSupplier(() -> fetch(productId)), (failure) -> {
			logger.warn("Cannot look up product " + productId + " in product-service: " + failure);
			throw new PricingUnavailableException(this.retryAfter, failure);
		});
	}

	private Optional<CatalogProduct> fetch(UUID productId) {
		return this.http.get()
			.uri(PRODUCT, productId)
			.accept(MediaType.APPLICATION_JSON)
			.exchange((request, response) -> {
				HttpStatusCode status = response.getStatusCode();
				if (status.value() == HttpStatus.NOT_FOUND.value()) {
					return Optional.empty();
				}
				if (status.is5xxServerError()) {
					throw new HttpServerErrorException(status, "product-service answered " + status);
				}
				if (!status.is2xxSuccessful()) {
					throw new HttpClientErrorException(status, "product-service answered " + status);
				}
				CatalogProduct product = response.bodyTo(CatalogProduct.class);
				if (product == null || !product.isComplete() || !productId.equals(product.id())) {
					throw new IllegalStateException("product-service answered an incomplete product for " + productId);
				}
				return Optional.of(product);
			});
	}

}
