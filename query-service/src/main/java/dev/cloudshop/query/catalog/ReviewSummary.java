package dev.cloudshop.query.catalog;

import java.time.Instant;
import java.util.UUID;

/** A published review as a product page shows it. */
public record ReviewSummary(UUID reviewId, int rating, String title, String body, Instant postedAt) {
}
