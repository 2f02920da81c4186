package dev.cloudshop.payment.payment;

import java.time.Instant;
import java.util.UUID;

import static dev.cloudshop.payment.payment.AuthorizePaymentBuilder.anAuthorization;

/**
 * Test fixture for payments in each state:
 * {@code aPayment().of(anAuthorization().forAmount("30.00")).refunded()}. The default is an
 * authorisation of 10.00 EUR for a new order.
 */
public final class PaymentBuilder {

	public static final Instant AUTHORIZED_AT = Instant.parse("2026-11-25T10:00:00Z");

	public static final Instant REFUNDED_AT = Instant.parse("2026-11-25T10:05:00Z");

	private UUID id = UUID.randomUUID();

	private AuthorizePayment command = anAuthorization().build();

	private PaymentBuilder() {
	}

	public static PaymentBuilder aPayment() {
		return new PaymentBuilder();
	}

	public PaymentBuilder withId(UUID id) {
		this.id = id;
		return this;
	}

	/** The payment of what this command asks. */
	public PaymentBuilder of(AuthorizePaymentBuilder command) {
		this.command = command.build();
		return this;
	}

	public AuthorizePayment command() {
		return this.command;
	}

	public Payment authorized() {
		return Payment.authorized(this.id, this.command, AUTHORIZED_AT);
	}

	public Payment declined(DeclineReason reason) {
		return Payment.declined(this.id, this.command, reason, AUTHORIZED_AT);
	}

	/** Authorised, then refunded. */
	public Payment refunded() {
		Payment payment = authorized();
		payment.refund(REFUNDED_AT);
		return payment;
	}

	/** Refunded before any authorisation of the command's order. */
	public Payment voided() {
		return Payment.voided(this.id, this.command.orderId(), "EUR", REFUNDED_AT);
	}

}
