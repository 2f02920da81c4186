package dev.cloudshop.query.sales;

import java.time.Instant;
import java.util.UUID;

import static dev.cloudshop.query.projection.MalformedEventException.required;

/** {@code cloudshop.order.OrderCancelled.v1}: no sale, at {@code cancelledAt}. */
public record OrderCancelled(UUID orderId, Instant cancelledAt) implements SalesEvent {

	public OrderCancelled {
		required(orderId, "orderId");
		required(cancelledAt, "cancelledAt");
	}

}
