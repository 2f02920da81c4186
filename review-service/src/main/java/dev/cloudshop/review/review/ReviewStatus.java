package dev.cloudshop.review.review;

/** Whether a review is shown: PUBLISHED from its post on, REMOVED for good (kept for audit). */
public enum ReviewStatus {

	PUBLISHED, REMOVED

}
