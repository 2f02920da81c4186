package dev.cloudshop.product.catalog;

import java.math.BigDecimal;
import java.util.UUID;

/** A product joined the catalog, ACTIVE, with its initial stock. */
public record ProductCreated(UUID productId, String sku, String name, String description, BigDecimal price,
		String currency, int stock) implements ProductEvent {
}
