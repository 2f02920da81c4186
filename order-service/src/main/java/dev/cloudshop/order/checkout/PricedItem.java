package dev.cloudshop.order.checkout;

import java.math.BigDecimal;
import java.util.UUID;

/** An item with the product's current name and unit price. */
public record PricedItem(UUID productId, String productName, int quantity, BigDecimal unitPrice) {
}
