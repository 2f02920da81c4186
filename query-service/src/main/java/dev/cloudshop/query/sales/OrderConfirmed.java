package dev.cloudshop.query.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static dev.cloudshop.query.projection.MalformedEventException.required;

/** {@code cloudshop.order.OrderConfirmed.v1}: a sale, of {@code total} in {@code currency}, at {@code confirmedAt}. */
public record OrderConfirmed(UUID orderId, BigDecimal total, String currency, Instant confirmedAt)
		implements SalesEvent {

	public OrderConfirmed {
		required(orderId, "orderId");
		required(total, "total");
		required(currency, "currency");
		required(confirmedAt, "confirmedAt");
	}

}
