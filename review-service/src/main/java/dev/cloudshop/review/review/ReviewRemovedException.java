package dev.cloudshop.review.review;

import java.util.UUID;

/** Refuses any change to a removed review, removing it again included. */
public class ReviewRemovedException extends RuntimeException {

	private final UUID reviewId;

	public ReviewRemovedException(UUID reviewId) {
		super("Review " + reviewId + " has been removed and takes no further changes");
		this.reviewId = reviewId;
	}

	public UUID reviewId() {
		return this.reviewId;
	}

}
