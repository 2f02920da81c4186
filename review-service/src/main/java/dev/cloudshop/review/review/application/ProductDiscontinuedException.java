package dev.cloudshop.review.review.application;

import java.util.UUID;

/** Refuses a new review of a discontinued product; its existing reviews stay. */
public class ProductDiscontinuedException extends RuntimeException {

	private final UUID productId;

	public ProductDiscontinuedException(UUID productId) {
		super("Product " + productId + " is discontinued and takes no new reviews");
		this.productId = productId;
	}

	public UUID productId() {
		return this.productId;
	}

}
