package dev.cloudshop.product.catalog.web;

import java.math.BigDecimal;
import java.util.UUID;

import dev.cloudshop.product.catalog.Product;
import dev.cloudshop.product.catalog.ProductStatus;

/** A product as the API shows it; version is also sent as the ETag. */
record ProductResponse(UUID id, String sku, String name, String description, BigDecimal price, String currency,
		int stock, ProductStatus status, long version) {

	static ProductResponse from(Product product) {
		return new ProductResponse(product.id(), product.sku().value(), product.name(), product.description(),
				product.price().amount(), product.price().currencyCode(), product.stock(), product.status(),
				product.version());
	}

}
