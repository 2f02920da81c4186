package dev.cloudshop.query.orders;

import java.math.BigDecimal;
import java.util.UUID;

import static dev.cloudshop.query.projection.MalformedEventException.required;

/**
 * {@code cloudshop.payment.PaymentRefunded.v1}: what was taken was given back; 0.00 when nothing
 * had been taken. A refund that came before any authorisation (the payment was voided) names no
 * customer.
 */
public record PaymentRefunded(UUID orderId, UUID paymentId, UUID customerId, BigDecimal amount, String currency)
		implements OrdersEvent, PaymentEvent {

	public PaymentRefunded {
		required(orderId, "orderId");
		required(amount, "amount");
	}

	@Override
	public PaymentStep step() {
		return PaymentStep.REFUNDED;
	}

	@Override
	public String reason() {
		return null;
	}

}
