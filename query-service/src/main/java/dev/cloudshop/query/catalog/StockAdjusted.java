package dev.cloudshop.query.catalog;

import java.util.UUID;

import static dev.cloudshop.query.projection.MalformedEventException.required;

/**
 * {@code cloudshop.product.StockAdjusted.v1}. The catalog takes {@code stock}, the level after
 * the change, rather than adding {@code delta}: applying it can never drift.
 */
public record StockAdjusted(UUID productId, Integer delta, String reason, Integer stock) implements CatalogEvent {

	public StockAdjusted {
		required(productId, "productId");
		required(stock, "stock");
	}

}
