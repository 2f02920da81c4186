package dev.cloudshop.review.review;

import java.util.UUID;

/** Refuses a change to a review by someone who did not write it (and may not moderate it). */
public class NotReviewAuthorException extends RuntimeException {

	private final UUID reviewId;

	public NotReviewAuthorException(UUID reviewId) {
		super("Only the author of review " + reviewId + " may change it");
		this.reviewId = reviewId;
	}

	public UUID reviewId() {
		return this.reviewId;
	}

}
