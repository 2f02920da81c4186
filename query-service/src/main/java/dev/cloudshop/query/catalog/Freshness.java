package dev.cloudshop.query.catalog;

import java.time.Instant;

/**
 * How current a product's view is.
 *
 * @param productVersion the product's version the view reflects (compare with the version a
 * write answered, or send its consistency token)
 * @param lastEventAt when the newest event reflected in the view happened at its source (a
 * product change, or a review of the product)
 * @param appliedAt when this service applied that event
 */
public record Freshness(long productVersion, Instant lastEventAt, Instant appliedAt) {
}
