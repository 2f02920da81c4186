package dev.cloudshop.review.review.persistence;

import dev.cloudshop.review.review.DuplicateReviewException;
import dev.cloudshop.review.review.Review;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;

class ReviewInsertsImpl implements ReviewInserts {

	/** The partial unique index on review (product_id, customer_id) of live reviews (V2__create_review.sql). */
	private static final String ONE_LIVE_REVIEW = "review_one_live_per_customer";

	private final EntityManager entityManager;

	ReviewInsertsImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public void insert(Review review) {
		try {
			this.entityManager.persist(review);
			this.entityManager.flush();
		}
		catch (PersistenceException ex) {
			if (violatesOneLiveReview(ex)) {
				throw new DuplicateReviewException(review.productId(), review.customerId());
			}
			throw ex;
		}
	}

	private static boolean violatesOneLiveReview(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation
					&& ONE_LIVE_REVIEW.equalsIgnoreCase(violation.getConstraintName())) {
				return true;
			}
		}
		return false;
	}

}
