package dev.cloudshop.query.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.cloudshop.query.projection.MalformedEventException;

import static dev.cloudshop.query.projection.MalformedEventException.required;

/** {@code cloudshop.order.OrderPlaced.v1}: a new order at the prices of the moment, version 1, PENDING. */
public record OrderPlaced(UUID orderId, UUID customerId, List<Line> lines, BigDecimal total, String currency,
		Instant placedAt) implements OrdersEvent {

	public OrderPlaced {
		required(orderId, "orderId");
		required(customerId, "customerId");
		required(lines, "lines");
		if (lines.isEmpty()) {
			throw new MalformedEventException("The order has no lines");
		}
		lines = List.copyOf(lines);
		required(total, "total");
		required(currency, "currency");
		required(placedAt, "placedAt");
	}

	/** One product ordered, at its unit price when the order was placed. */
	public record Line(UUID productId, String productName, Integer quantity, BigDecimal unitPrice) {

		public Line {
			required(productId, "lines[].productId");
			productName = (productName != null) ? productName : "";
			required(quantity, "lines[].quantity");
			if (quantity < 1) {
				throw new MalformedEventException("A line's quantity " + quantity + " is not positive");
			}
			required(unitPrice, "lines[].unitPrice");
			if (unitPrice.signum() < 0) {
				throw new MalformedEventException("A line's unit price " + unitPrice + " is negative");
			}
		}

	}

}
