package dev.cloudshop.review.review;

import java.util.UUID;

/** Refuses a second live review of one product by one customer. */
public class DuplicateReviewException extends RuntimeException {

	private final UUID productId;

	public DuplicateReviewException(UUID productId, UUID customerId) {
		super("Customer " + customerId + " has already reviewed product " + productId
				+ "; edit that review or remove it first");
		this.productId = productId;
	}

	public UUID productId() {
		return this.productId;
	}

}
