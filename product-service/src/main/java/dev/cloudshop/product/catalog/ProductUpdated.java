package dev.cloudshop.product.catalog;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A product's name or description changed, possibly together with its price; carries the
 * whole editable state after the change.
 */
public record ProductUpdated(UUID productId, String name, String description, BigDecimal price,
		String currency) implements ProductEvent {
}
