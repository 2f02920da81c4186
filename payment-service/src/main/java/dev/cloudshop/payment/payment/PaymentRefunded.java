package dev.cloudshop.payment.payment;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What was taken for the order is back in the customer's account: the amount, or 0.00 when
 * nothing had been taken (declined, or voided before any authorisation; then the customer is
 * not known and customerId is null).
 */
public record PaymentRefunded(UUID orderId, UUID paymentId, UUID customerId, BigDecimal amount, String currency)
		implements PaymentEvent {
}
