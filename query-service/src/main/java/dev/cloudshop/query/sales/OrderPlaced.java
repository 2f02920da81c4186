package dev.cloudshop.query.sales;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import dev.cloudshop.query.projection.MalformedEventException;

import static dev.cloudshop.query.projection.MalformedEventException.required;

/** {@code cloudshop.order.OrderPlaced.v1}, as far as sales go: what was ordered, at which prices. */
public record OrderPlaced(UUID orderId, List<Line> lines, String currency) implements SalesEvent {

	public OrderPlaced {
		required(orderId, "orderId");
		required(lines, "lines");
		lines = List.copyOf(lines);
		required(currency, "currency");
	}

	/** One product ordered. */
	public record Line(UUID productId, String productName, Integer quantity, BigDecimal unitPrice) {

		public Line {
			required(productId, "lines[].productId");
			productName = (productName != null) ? productName : "";
			required(quantity, "lines[].quantity");
			if (quantity < 1) {
				throw new MalformedEventException("A line's quantity " + quantity + " is not positive");
			}
			required(unitPrice, "lines[].unitPrice");
		}

		/** {@code unitPrice × quantity}. */
		public BigDecimal total() {
			return this.unitPrice.multiply(BigDecimal.valueOf(this.quantity));
		}

	}

}
