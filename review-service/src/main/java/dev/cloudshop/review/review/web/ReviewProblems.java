package dev.cloudshop.review.review.web;

import java.util.List;

import dev.cloudshop.review.review.DuplicateReviewException;
import dev.cloudshop.review.review.NotReviewAuthorException;
import dev.cloudshop.review.review.ReviewRemovedException;
import dev.cloudshop.review.review.application.ProductDiscontinuedException;
import dev.cloudshop.review.review.application.ProductNotFoundException;
import dev.cloudshop.review.review.application.ReviewNotFoundException;
import dev.cloudshop.review.review.application.StaleReviewVersionException;
import dev.cloudshop.review.review.web.ReviewSorting.InvalidSortException;
import dev.cloudshop.support.web.ProblemDetailsHandler;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The reviews' problems on top of what every service answers alike: an unknown product or
 * review is 404, a change by someone who may not make it is 403, broken review rules are 409, a
 * stale {@code If-Match} is 412, an unknown sort order is 400.
 */
@RestControllerAdvice
class ReviewProblems extends ProblemDetailsHandler {

	@ExceptionHandler
	ProblemDetail productNotFound(ProductNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "product-not-found", "Product not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail reviewNotFound(ReviewNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "review-not-found", "Review not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail productDiscontinued(ProductDiscontinuedException ex) {
		return problem(HttpStatus.CONFLICT, "product-discontinued", "Product is discontinued", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail duplicateReview(DuplicateReviewException ex) {
		return problem(HttpStatus.CONFLICT, "duplicate-review", "Product already reviewed", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail reviewRemoved(ReviewRemovedException ex) {
		return problem(HttpStatus.CONFLICT, "review-removed", "Review is removed", ex.getMessage());
	}

	/** Reviews are public, so refusing a stranger's change hides nothing: 403, not 404. */
	@ExceptionHandler
	ProblemDetail notReviewAuthor(NotReviewAuthorException ex) {
		return problem(HttpStatus.FORBIDDEN, "not-review-author", "Not the review's author", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail staleVersion(StaleReviewVersionException ex) {
		ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, "stale-version",
				"Review changed since it was read", ex.getMessage());
		problem.setProperty("currentVersion", ex.currentVersion());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalidSort(InvalidSortException ex) {
		return invalidRequest(ex.getMessage(), List.of(new InvalidField("sort",
				"'" + ex.order() + "' is not an order; sort by one of " + ReviewSorting.ORDERS)));
	}

}
