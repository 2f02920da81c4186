package dev.cloudshop.review.review.application;

import java.util.UUID;

/** A conditional change was based on a version of the review that is no longer current. */
public class StaleReviewVersionException extends RuntimeException {

	private final long currentVersion;

	public StaleReviewVersionException(UUID reviewId, long currentVersion) {
		super("Review " + reviewId + " is at version " + currentVersion + "; fetch it again and reapply the change");
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

}
