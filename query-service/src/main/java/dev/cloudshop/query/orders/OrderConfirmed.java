package dev.cloudshop.query.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static dev.cloudshop.query.projection.MalformedEventException.required;

/** {@code cloudshop.order.OrderConfirmed.v1}: stock reserved and payment taken; the order is CONFIRMED for good. */
public record OrderConfirmed(UUID orderId, UUID customerId, BigDecimal total, String currency, Instant confirmedAt)
		implements OrdersEvent {

	public OrderConfirmed {
		required(orderId, "orderId");
		required(customerId, "customerId");
		required(confirmedAt, "confirmedAt");
	}

}
