package dev.cloudshop.query.catalog;

import java.math.BigDecimal;

/**
 * What a catalog listing asks for. Only active products are listed; every criterion that is
 * null (or false) does not filter.
 *
 * @param terms the search words, matched as word prefixes against name and description
 * @param minPrice lowest price, inclusive
 * @param maxPrice highest price, inclusive
 * @param inStockOnly only products with stock
 * @param minRating lowest rating average, inclusive (products without reviews have none)
 * @param sort the order
 */
public record ProductSearch(SearchTerms terms, BigDecimal minPrice, BigDecimal maxPrice, boolean inStockOnly,
		BigDecimal minRating, CatalogSort sort) {
}
