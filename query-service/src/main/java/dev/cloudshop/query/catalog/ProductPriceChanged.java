package dev.cloudshop.query.catalog;

import java.math.BigDecimal;
import java.util.UUID;

import static dev.cloudshop.query.projection.MalformedEventException.required;

/** {@code cloudshop.product.ProductPriceChanged.v1}: the new price, nothing else changed. */
public record ProductPriceChanged(UUID productId, BigDecimal price, String currency) implements CatalogEvent {

	public ProductPriceChanged {
		required(productId, "productId");
		required(price, "price");
		required(currency, "currency");
	}

}
