package dev.cloudshop.payment.payment.application;

import java.util.UUID;

/** The caller has no payment for the order: there is none, or it is another customer's. */
public class PaymentNotFoundException extends RuntimeException {

	private final UUID orderId;

	public PaymentNotFoundException(UUID orderId) {
		super("You have no payment for order " + orderId);
		this.orderId = orderId;
	}

	public UUID orderId() {
		return this.orderId;
	}

}
