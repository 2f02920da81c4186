package dev.cloudshop.query.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A product page: the product, its rating and its newest published reviews.
 *
 * @param ratingAverage the mean rating of its published reviews (two decimals), null without any
 * @param latestReviews the newest published reviews, newest first, at most {@value #LATEST_REVIEWS}
 */
public record ProductDetail(UUID id, String sku, String name, String description, BigDecimal price, String currency,
		int stock, String status, BigDecimal ratingAverage, int reviewCount, List<ReviewSummary> latestReviews,
		Instant createdAt, Freshness freshness) {

	public static final int LATEST_REVIEWS = 5;

}
