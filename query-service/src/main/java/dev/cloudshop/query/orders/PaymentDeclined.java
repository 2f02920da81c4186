package dev.cloudshop.query.orders;

import java.math.BigDecimal;
import java.util.UUID;

import static dev.cloudshop.query.projection.MalformedEventException.required;

/**
 * {@code cloudshop.payment.PaymentDeclined.v1}: nothing was taken, for the reason given
 * (INSUFFICIENT_FUNDS, CURRENCY_NOT_SUPPORTED, ORDER_REFUNDED, or one added later).
 */
public record PaymentDeclined(UUID orderId, UUID customerId, BigDecimal amount, String currency, String reason)
		implements OrdersEvent, PaymentEvent {

	public PaymentDeclined {
		required(orderId, "orderId");
		required(reason, "reason");
	}

	@Override
	public PaymentStep step() {
		return PaymentStep.DECLINED;
	}

}
