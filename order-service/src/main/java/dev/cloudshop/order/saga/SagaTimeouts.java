package dev.cloudshop.order.saga;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the saga waits.
 *
 * @param stock for product-service's answer to ReserveStock
 * @param payment for payment-service's answer to AuthorizePayment
 * @param compensationRetry for the acknowledgement of compensations, before sending them again
 */
public record SagaTimeouts(Duration stock, Duration payment, Duration compensationRetry) {

	public SagaTimeouts {
		requirePositive(stock, "stock");
		requirePositive(payment, "payment");
		requirePositive(compensationRetry, "compensationRetry");
	}

	private static void requirePositive(Duration duration, String name) {
		Objects.requireNonNull(duration, name);
		if (duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException(name + " timeout must be positive: " + duration);
		}
	}

}
