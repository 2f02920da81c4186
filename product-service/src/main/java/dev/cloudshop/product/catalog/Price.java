package dev.cloudshop.product.catalog;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * What one unit of a product costs: a positive amount with at most two decimals and at most
 * ten integer digits, in an ISO 4217 currency. The amount is kept at scale 2, so equal prices
 * are equal records.
 */
public record Price(BigDecimal amount, Currency currency) {

	public static final int MAX_INTEGER_DIGITS = 10;

	public static final int MAX_FRACTION_DIGITS = 2;

	public Price {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(currency, "currency");
		if (amount.signum() <= 0) {
			throw new IllegalArgumentException("A price must be positive: " + amount);
		}
		if (amount.stripTrailingZeros().scale() > MAX_FRACTION_DIGITS) {
			throw new IllegalArgumentException("A price has at most two decimals: " + amount);
		}
		amount = amount.setScale(MAX_FRACTION_DIGITS);
		if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
			throw new IllegalArgumentException("A price has at most ten integer digits: " + amount);
		}
	}

	/** A price in the currency with this ISO 4217 code (upper case, e.g. {@code EUR}). */
	public static Price of(BigDecimal amount, String currencyCode) {
		return new Price(amount, Currency.getInstance(currencyCode));
	}

	public static Price of(String amount, String currencyCode) {
		return of(new BigDecimal(amount), currencyCode);
	}

	public String currencyCode() {
		return this.currency.getCurrencyCode();
	}

	@Override
	public String toString() {
		return this.amount.toPlainString() + " " + currencyCode();
	}

}
