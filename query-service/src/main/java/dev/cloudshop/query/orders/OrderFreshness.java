package dev.cloudshop.query.orders;

import java.time.Instant;

/**
 * How current an order's view is.
 *
 * @param orderVersion the order's version the view reflects (compare with the version a write
 * answered, or send its consistency token): 1 placed, 2 confirmed or cancelled
 * @param lastEventAt when the newest event reflected in the view happened at its source (of the
 * order or of its payment)
 * @param appliedAt when this service applied the newest of them
 */
public record OrderFreshness(long orderVersion, Instant lastEventAt, Instant appliedAt) {
}
