package dev.cloudshop.review.review.web;

import java.time.Instant;
import java.util.UUID;

import dev.cloudshop.review.review.Review;
import dev.cloudshop.review.review.ReviewContent;

/** A published review as the API shows it; version is also sent as the ETag. */
record ReviewResponse(UUID id, UUID productId, UUID customerId, int rating, String title, String body,
		Instant postedAt, Instant editedAt, long version) {

	static ReviewResponse from(Review review) {
		ReviewContent content = review.content();
		return new ReviewResponse(review.id(), review.productId(), review.customerId(), content.rating(),
				content.title(), content.body(), review.postedAt(), review.editedAt(), review.version());
	}

}
