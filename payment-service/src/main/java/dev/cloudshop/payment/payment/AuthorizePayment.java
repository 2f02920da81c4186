package dev.cloudshop.payment.payment;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * order-service asks to take the order's total from the customer's account. The amount is
 * positive with at most two decimals (kept at scale 2); the currency is an ISO 4217 code, which
 * need not be one this service takes.
 */
public record AuthorizePayment(UUID orderId, UUID customerId, BigDecimal amount, String currency)
		implements PaymentCommand {

	/** Most integer digits of an amount (what the payment table holds). */
	public static final int MAX_INTEGER_DIGITS = 10;

	private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

	public AuthorizePayment {
		Objects.requireNonNull(orderId, "orderId");
		Objects.requireNonNull(customerId, "customerId");
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(currency, "currency");
		if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("An amount is positive with at most two decimals: " + amount);
		}
		amount = amount.setScale(2);
		if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
			throw new IllegalArgumentException("An amount has at most ten integer digits: " + amount);
		}
		if (!CURRENCY_CODE.matcher(currency).matches()) {
			throw new IllegalArgumentException("A currency is an ISO 4217 code such as EUR: " + currency);
		}
	}

}
