package dev.cloudshop.query.orders.persistence;

import java.math.BigDecimal;
import java.util.UUID;

/** An order line as the {@code lines} JSON document of {@code orders_order} holds it. */
record StoredLine(UUID productId, String productName, int quantity, BigDecimal unitPrice) {
}
