package dev.cloudshop.query.sales;

import java.util.UUID;

/**
 * A best-selling product: units in confirmed orders of the window.
 *
 * @param productName its name in the most recent of those orders
 */
public record TopProduct(UUID productId, String productName, long unitsSold) {
}
