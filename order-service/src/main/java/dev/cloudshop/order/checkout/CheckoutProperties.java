package dev.cloudshop.order.checkout;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The price lookup at checkout ({@code cloudshop.checkout.*}). Time limit, retry and circuit
 * breaker of the calls are Resilience4j's, under {@code resilience4j.*.instances.product-service}.
 *
 * @param productServiceUrl product-service's base URL; a Eureka name, resolved by the load balancer
 * @param connectTimeout the longest wait for a connection
 * @param readTimeout the longest wait for an answer on an open connection
 * @param retryAfter what a refused order's {@code Retry-After} asks the client to wait
 */
@ConfigurationProperties("cloudshop.checkout")
record CheckoutProperties(@DefaultValue("http://product-service") URI productServiceUrl,
		@DefaultValue("1s") Duration connectTimeout, @DefaultValue("2s") Duration readTimeout,
		@DefaultValue("10s") Duration retryAfter) {
}
