package dev.cloudshop.query.orders;

import java.math.BigDecimal;
import java.util.UUID;

import static dev.cloudshop.query.projection.MalformedEventException.required;

/** {@code cloudshop.payment.PaymentAuthorized.v1}: the amount was taken from the customer's account. */
public record PaymentAuthorized(UUID orderId, UUID paymentId, UUID customerId, BigDecimal amount, String currency)
		implements OrdersEvent, PaymentEvent {

	public PaymentAuthorized {
		required(orderId, "orderId");
		required(amount, "amount");
	}

	@Override
	public PaymentStep step() {
		return PaymentStep.AUTHORIZED;
	}

	@Override
	public String reason() {
		return null;
	}

}
