package dev.cloudshop.review.review;

import java.time.Instant;
import java.util.UUID;

/** The author replaced the rating, title and body of a review; carries the whole new content. */
public record ReviewEdited(UUID reviewId, UUID productId, int rating, String title, String body,
		Instant editedAt) implements ReviewEvent {
}
