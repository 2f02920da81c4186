package dev.cloudshop.order.order;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of an order: a product, as it was named and priced at checkout, and how many units.
 *
 * @param productId the product
 * @param productName its name when the order was placed
 * @param quantity 1 to {@value #MAX_QUANTITY} units
 * @param unitPrice the price of one unit when the order was placed, in the order's currency
 */
public record OrderLine(UUID productId, String productName, int quantity, BigDecimal unitPrice) {

	public static final int MAX_QUANTITY = 100;

	public OrderLine {
		Objects.requireNonNull(productId, "productId");
		Objects.requireNonNull(productName, "productName");
		Objects.requireNonNull(unitPrice, "unitPrice");
		if (quantity < 1 || quantity > MAX_QUANTITY) {
			throw new IllegalArgumentException("A line orders 1 to " + MAX_QUANTITY + " units: " + quantity);
		}
		if (unitPrice.signum() <= 0) {
			throw new IllegalArgumentException("A unit price is positive: " + unitPrice);
		}
	}

	public BigDecimal total() {
		return this.unitPrice.multiply(BigDecimal.valueOf(this.quantity));
	}

}
