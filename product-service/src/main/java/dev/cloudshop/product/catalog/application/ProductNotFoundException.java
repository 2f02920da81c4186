package dev.cloudshop.product.catalog.application;

import java.util.UUID;

/** No product has the requested id. */
public class ProductNotFoundException extends RuntimeException {

	private final UUID productId;

	public ProductNotFoundException(UUID productId) {
		super("No product with id " + productId);
		this.productId = productId;
	}

	public UUID productId() {
		return this.productId;
	}

}
