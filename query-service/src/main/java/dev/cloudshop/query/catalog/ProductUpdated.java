package dev.cloudshop.query.catalog;

import java.math.BigDecimal;
import java.util.UUID;

import static dev.cloudshop.query.projection.MalformedEventException.required;

/** {@code cloudshop.product.ProductUpdated.v1}: name, description and price as they are now. */
public record ProductUpdated(UUID productId, String name, String description, BigDecimal price, String currency)
		implements CatalogEvent {

	public ProductUpdated {
		required(productId, "productId");
		required(name, "name");
		description = (description != null) ? description : "";
		required(price, "price");
		required(currency, "currency");
	}

}
