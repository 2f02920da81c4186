package dev.cloudshop.review.review.application;

import java.util.UUID;

/** No product with this id is known (from product.events), so it has no reviews. */
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
