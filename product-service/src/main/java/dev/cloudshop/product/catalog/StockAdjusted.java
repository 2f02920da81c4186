package dev.cloudshop.product.catalog;

import java.util.UUID;

/** Units were added to (positive delta) or taken from a product's stock; stock is the result. */
public record StockAdjusted(UUID productId, int delta, String reason, int stock) implements ProductEvent {
}
