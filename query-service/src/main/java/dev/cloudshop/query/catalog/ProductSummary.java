package dev.cloudshop.query.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A product in a catalog listing.
 *
 * @param ratingAverage the mean rating of its published reviews (two decimals), null without any
 */
public record ProductSummary(UUID id, String sku, String name, String description, BigDecimal price, String currency,
		int stock, String status, BigDecimal ratingAverage, int reviewCount, Instant createdAt, Freshness freshness) {
}
