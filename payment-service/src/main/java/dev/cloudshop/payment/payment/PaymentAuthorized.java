package dev.cloudshop.payment.payment;

import java.math.BigDecimal;
import java.util.UUID;

/** The amount was taken from the customer's account for the order. */
public record PaymentAuthorized(UUID orderId, UUID paymentId, UUID customerId, BigDecimal amount, String currency)
		implements PaymentEvent {
}
