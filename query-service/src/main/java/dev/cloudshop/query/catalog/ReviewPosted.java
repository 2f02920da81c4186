package dev.cloudshop.query.catalog;

import java.time.Instant;
import java.util.UUID;

import static dev.cloudshop.query.projection.MalformedEventException.required;

/** {@code cloudshop.review.ReviewPosted.v1}: a published review, version 1. */
public record ReviewPosted(UUID reviewId, UUID productId, String customerId, Integer rating, String title, String body,
		Instant postedAt) implements CatalogEvent, ReviewEvent {

	public ReviewPosted {
		required(reviewId, "reviewId");
		required(productId, "productId");
		required(customerId, "customerId");
		Ratings.check(required(rating, "rating"));
		required(postedAt, "postedAt");
	}

}
