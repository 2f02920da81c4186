package dev.cloudshop.payment.payment;

import java.math.BigDecimal;
import java.util.UUID;

/** Nothing was taken for the order, for the reason given; nothing ever will be. */
public record PaymentDeclined(UUID orderId, UUID customerId, BigDecimal amount, String currency,
		DeclineReason reason) implements PaymentEvent {
}
