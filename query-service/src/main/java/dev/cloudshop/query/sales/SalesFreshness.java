package dev.cloudshop.query.sales;

import java.time.Instant;

/**
 * How current the figures are.
 *
 * @param lastEventAt when the newest order event they reflect happened at its source; null before any
 * @param appliedAt when this service applied the last one; null before any
 */
public record SalesFreshness(Instant lastEventAt, Instant appliedAt) {
}
