package dev.cloudshop.query.orders;

import java.time.Instant;
import java.util.UUID;

import static dev.cloudshop.query.projection.MalformedEventException.required;

/**
 * {@code cloudshop.order.OrderCancelled.v1}: the order is CANCELLED for good. The reason is
 * taken as it comes (OUT_OF_STOCK, PAYMENT_DECLINED, TIMEOUT, CUSTOMER_CANCELLED, or one added
 * later).
 */
public record OrderCancelled(UUID orderId, UUID customerId, String reason, Instant cancelledAt)
		implements OrdersEvent {

	public OrderCancelled {
		required(orderId, "orderId");
		required(customerId, "customerId");
		required(reason, "reason");
		required(cancelledAt, "cancelledAt");
	}

}
