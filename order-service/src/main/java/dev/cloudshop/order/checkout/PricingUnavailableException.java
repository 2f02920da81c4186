package dev.cloudshop.order.checkout;

import java.time.Duration;

/**
 * Prices could not be had from product-service: it failed, was too slow, could not be reached,
 * or its circuit breaker is open after repeated failures. The client may try again after
 * {@link #retryAfter()}.
 */
public class PricingUnavailableException extends RuntimeException {

	private final Duration retryAfter;

	PricingUnavailableException(Duration retryAfter, Throwable cause) {
		super("Prices cannot be looked up right now; try again in " + retryAfter.toSeconds() + " s", cause);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
