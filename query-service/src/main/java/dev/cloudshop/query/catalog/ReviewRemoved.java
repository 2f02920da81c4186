package dev.cloudshop.query.catalog;

import java.time.Instant;
import java.util.UUID;

import static dev.cloudshop.query.projection.MalformedEventException.required;

/** {@code cloudshop.review.ReviewRemoved.v1}: the review no longer counts nor shows. */
public record ReviewRemoved(UUID reviewId, UUID productId, String removedBy, Instant removedAt)
		implements CatalogEvent, ReviewEvent {

	public ReviewRemoved {
		required(reviewId, "reviewId");
		required(productId, "productId");
	}

}
