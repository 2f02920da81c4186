package dev.cloudshop.query.orders;

import java.math.BigDecimal;
import java.util.UUID;

/** A line of an order as the customer sees it: {@code lineTotal} is {@code unitPrice × quantity}. */
public record OrderLine(UUID productId, String productName, int quantity, BigDecimal unitPrice, BigDecimal lineTotal) {

	public static OrderLine of(UUID productId, String productName, int quantity, BigDecimal unitPrice) {
		return new OrderLine(productId, productName, quantity, unitPrice,
				unitPrice.multiply(BigDecimal.valueOf(quantity)));
	}

}
