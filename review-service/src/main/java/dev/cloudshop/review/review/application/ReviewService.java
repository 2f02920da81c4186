package dev.cloudshop.review.review.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.cloudshop.review.product.KnownProduct;
import dev.cloudshop.review.product.application.KnownProducts;
import dev.cloudshop.review.review.DuplicateReviewException;
import dev.cloudshop.review.review.NotReviewAuthorException;
import dev.cloudshop.review.review.Remover;
import dev.cloudshop.review.review.Review;
import dev.cloudshop.review.review.ReviewContent;
import dev.cloudshop.review.review.ReviewStatus;
import dev.cloudshop.review.review.messaging.ReviewEventOutbox;
import dev.cloudshop.review.review.persistence.ReviewRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviews' use cases. Each change runs in one transaction that locks the review's row (or
 * inserts it), applies the change and appends the event it recorded to the outbox: the change
 * and its event are stored together or not at all.
 */
@Service
@Transactional
public class ReviewService {

	private final ReviewRepository reviews;

	private final KnownProducts products;

	private final ReviewEventOutbox events;

	private final Clock clock;

	ReviewService(ReviewRepository reviews, KnownProducts products, ReviewEventOutbox events, Clock clock) {
		this.reviews = reviews;
		this.products = products;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Publishes a customer's review of an active product they have not reviewed yet (or whose
	 * review they removed).
	 */
	public Review post(UUID productId, UUID customerId, ReviewContent content) {
		KnownProduct product = this.products.find(productId).orElseThrow(() -> new ProductNotFoundException(productId));
		if (!product.isReviewable()) {
			throw new ProductDiscontinuedException(productId);
		}
		if (this.reviews.existsByProductIdAndCustomerIdAndStatus(productId, customerId, ReviewStatus.PUBLISHED)) {
			throw new DuplicateReviewException(productId, customerId);
		}
		Review review = Review.post(UUID.randomUUID(), productId, customerId, content, now());
		this.reviews.insert(review);
		this.events.append(review);
		return review;
	}

	/** A published review of the product. */
	@Transactional(readOnly = true)
	public Review get(UUID productId, UUID reviewId) {
		return this.reviews.findById(reviewId)
			.filter((review) -> review.productId().equals(productId) && review.isPublished())
			.orElseThrow(() -> new ReviewNotFoundException(productId, reviewId));
	}

	/** The published reviews of a known product, in the page's order. */
	@Transactional(readOnly = true)
	public Page<Review> list(UUID productId, Pageable pageable) {
		if (this.products.find(productId).isEmpty()) {
			throw new ProductNotFoundException(productId);
		}
		return this.reviews.findByProductIdAndStatus(productId, ReviewStatus.PUBLISHED, pageable);
	}

	/** Replaces the content of the caller's review if its current version is one the caller expects. */
	public Review edit(UUID productId, UUID reviewId, UUID editorId, ExpectedVersion expected, ReviewContent content) {
		Review review = lock(productId, reviewId);
		review.requireAuthor(editorId);
		if (!expected.matches(review.version())) {
			throw new StaleReviewVersionException(reviewId, review.version());
		}
		review.edit(editorId, content, now());
		this.events.append(review);
		return review;
	}

	/** Removes a review, as its author or as an administrator moderating it. */
	public Review remove(UUID productId, UUID reviewId, Caller caller) {
		Review review = lock(productId, reviewId);
		Remover remover;
		if (caller.is(review.customerId())) {
			remover = Remover.AUTHOR;
		}
		else if (caller.admin()) {
			remover = Remover.ADMIN;
		}
		else {
			throw new NotReviewAuthorException(reviewId);
		}
		review.remove(remover, now());
		this.events.append(review);
		return review;
	}

	private Review lock(UUID productId, UUID reviewId) {
		return this.reviews.findByIdForUpdate(reviewId)
			.filter((review) -> review.productId().equals(productId))
			.orElseThrow(() -> new ReviewNotFoundException(productId, reviewId));
	}

	/** Now, to the microsecond PostgreSQL keeps: events and stored rows show the same instant. */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
