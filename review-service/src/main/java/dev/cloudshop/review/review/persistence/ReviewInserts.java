package dev.cloudshop.review.review.persistence;

import dev.cloudshop.review.review.DuplicateReviewException;
import dev.cloudshop.review.review.Review;

/**
 * Inserts new reviews. A review's id is assigned before it is stored, so Spring Data's
 * {@code save} would take it for an existing one and merge; this persists it instead.
 */
public interface ReviewInserts {

	/**
	 * Stores a new review now (the insert is flushed).
	 * @throws DuplicateReviewException when the customer has a live review of the product
	 * already, possibly one committed a moment ago by a racing request
	 */
	void insert(Review review);

}
