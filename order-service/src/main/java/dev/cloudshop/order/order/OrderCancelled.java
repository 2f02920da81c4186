package dev.cloudshop.order.order;

import java.time.Instant;
import java.util.UUID;

/** The order is cancelled, and whatever it had reserved or taken is given back. */
public record OrderCancelled(UUID orderId, UUID customerId, CancelReason reason, Instant cancelledAt)
		implements OrderEvent {
}
