package dev.cloudshop.product.catalog;

import java.util.UUID;

/** Refuses any change to a discontinued product, discontinuing it again included. */
public class ProductDiscontinuedException extends RuntimeException {

	private final UUID productId;

	public ProductDiscontinuedException(UUID productId) {
		super("Product " + productId + " is discontinued and takes no further changes");
		this.productId = productId;
	}

	public UUID productId() {
		return this.productId;
	}

}
