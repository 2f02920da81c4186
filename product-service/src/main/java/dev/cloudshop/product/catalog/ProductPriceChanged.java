package dev.cloudshop.product.catalog;

import java.math.BigDecimal;
import java.util.UUID;

/** A product's price, and nothing else, changed. */
public record ProductPriceChanged(UUID productId, BigDecimal price, String currency) implements ProductEvent {
}
