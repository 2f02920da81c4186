package dev.cloudshop.query.catalog;

import java.math.BigDecimal;
import java.util.UUID;

import static dev.cloudshop.query.projection.MalformedEventException.required;

/** {@code cloudshop.product.ProductCreated.v1}: a new product, version 1. */
public record ProductCreated(UUID productId, String sku, String name, String description, BigDecimal price,
		String currency, Integer stock) implements CatalogEvent {

	public ProductCreated {
		required(productId, "productId");
		required(sku, "sku");
		required(name, "name");
		description = (description != null) ? description : "";
		required(price, "price");
		required(currency, "currency");
		required(stock, "stock");
	}

}
