package dev.cloudshop.payment.payment;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Test fixture for AuthorizePayment commands:
 * {@code anAuthorization().ofCustomer(id).forAmount("10.00").build()}. Defaults are valid: a new
 * order of a new customer, 10.00 EUR.
 */
public final class AuthorizePaymentBuilder {

	private UUID orderId = UUID.randomUUID();

	private UUID customerId = UUID.randomUUID();

	private BigDecimal amount = new BigDecimal("10.00");

	private String currency = "EUR";

	private AuthorizePaymentBuilder() {
	}

	public static AuthorizePaymentBuilder anAuthorization() {
		return new AuthorizePaymentBuilder();
	}

	public AuthorizePaymentBuilder forOrder(UUID orderId) {
		this.orderId = orderId;
		return this;
	}

	public AuthorizePaymentBuilder ofCustomer(UUID customerId) {
		this.customerId = customerId;
		return this;
	}

	public AuthorizePaymentBuilder forAmount(String amount) {
		this.amount = new BigDecimal(amount);
		return this;
	}

	public AuthorizePaymentBuilder inCurrency(String currency) {
		this.currency = currency;
		return this;
	}

	public AuthorizePayment build() {
		return new AuthorizePayment(this.orderId, this.customerId, this.amount, this.currency);
	}

}
