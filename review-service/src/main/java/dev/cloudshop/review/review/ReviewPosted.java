package dev.cloudshop.review.review;

import java.time.Instant;
import java.util.UUID;

/** A customer reviewed a product; the review is published (version 1). */
public record ReviewPosted(UUID reviewId, UUID productId, UUID customerId, int rating, String title, String body,
		Instant postedAt) implements ReviewEvent {
}
