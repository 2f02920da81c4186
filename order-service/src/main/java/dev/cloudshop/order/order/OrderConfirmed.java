package dev.cloudshop.order.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The order's stock is reserved and its payment authorised. */
public record OrderConfirmed(UUID orderId, UUID customerId, BigDecimal total, String currency, Instant confirmedAt)
		implements OrderEvent {
}
