package dev.cloudshop.review.review;

import java.time.Instant;
import java.util.UUID;

/** A review was taken down, by its author or an administrator; it is no longer shown. */
public record ReviewRemoved(UUID reviewId, UUID productId, Remover removedBy, Instant removedAt)
		implements ReviewEvent {
}
