package dev.cloudshop.query.catalog;

import java.time.Instant;
import java.util.UUID;

import static dev.cloudshop.query.projection.MalformedEventException.required;

/** {@code cloudshop.review.ReviewEdited.v1}: rating, title and body as they are now. */
public record ReviewEdited(UUID reviewId, UUID productId, Integer rating, String title, String body, Instant editedAt)
		implements CatalogEvent, ReviewEvent {

	public ReviewEdited {
		required(reviewId, "reviewId");
		required(productId, "productId");
		Ratings.check(required(rating, "rating"));
	}

}
