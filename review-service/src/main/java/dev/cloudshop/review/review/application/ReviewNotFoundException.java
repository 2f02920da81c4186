package dev.cloudshop.review.review.application;

import java.util.UUID;

/** No review of the product has the requested id (or it is not shown any more). */
public class ReviewNotFoundException extends RuntimeException {

	public ReviewNotFoundException(UUID productId, UUID reviewId) {
		super("Product " + productId + " has no review with id " + reviewId);
	}

}
