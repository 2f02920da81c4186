package dev.cloudshop.query.catalog;

import java.util.UUID;

import static dev.cloudshop.query.projection.MalformedEventException.required;

/** {@code cloudshop.product.ProductDiscontinued.v1}: the product leaves the catalog for good. */
public record ProductDiscontinued(UUID productId) implements CatalogEvent {

	public ProductDiscontinued {
		required(productId, "productId");
	}

}
