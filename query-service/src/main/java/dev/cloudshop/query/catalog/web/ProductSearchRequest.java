package dev.cloudshop.query.catalog.web;

import java.math.BigDecimal;

import dev.cloudshop.query.catalog.CatalogSort;
import dev.cloudshop.query.catalog.ProductSearch;
import dev.cloudshop.query.catalog.Ratings;
import dev.cloudshop.query.catalog.SearchTerms;
import dev.cloudshop.query.web.InvalidParametersException;
import dev.cloudshop.query.web.QueryParameters;

import org.springframework.data.domain.Pageable;

/** The query parameters of {@code GET /api/v1/catalog/products}, read and checked. */
record ProductSearchRequest(ProductSearch search, Pageable pageable) {

	static final BigDecimal MAX_PRICE = new BigDecimal("1000000000000");

	/** @throws InvalidParametersException naming every parameter that is wrong */
	static ProductSearchRequest of(String q, String minPrice, String maxPrice, String inStock, String minRating,
			String sort, String page, String size) {
		QueryParameters parameters = new QueryParameters();
		SearchTerms terms = terms(parameters, q);
		BigDecimal min = parameters.decimal("minPrice", minPrice, BigDecimal.ZERO, MAX_PRICE);
		BigDecimal max = parameters.decimal("maxPrice", maxPrice, BigDecimal.ZERO, MAX_PRICE);
		if (min != null && max != null && min.compareTo(max) > 0) {
			parameters.reject("minPrice", "must not be greater than maxPrice");
		}
		Boolean inStockOnly = parameters.bool("inStock", inStock);
		BigDecimal rating = parameters.decimal("minRating", minRating, BigDecimal.valueOf(Ratings.MIN),
				BigDecimal.valueOf(Ratings.MAX));
		CatalogSort order = parameters.oneOf("sort", sort, (value) -> CatalogSort.fromParameter(value).orElse(null),
				CatalogSort.parameters());
		if (order == CatalogSort.RELEVANCE && !QueryParameters.given(q)) {
			parameters.reject("sort", "relevance needs a search text (q)");
		}
		if (order == null) {
			order = (terms != null) ? CatalogSort.RELEVANCE : CatalogSort.NEWEST;
		}
		Pageable pageable = parameters.page(page, size);
		parameters.throwIfRejected();
		return new ProductSearchRequest(
				new ProductSearch(terms, min, max, Boolean.TRUE.equals(inStockOnly), rating, order), pageable);
	}

	private static SearchTerms terms(QueryParameters parameters, String q) {
		if (!QueryParameters.given(q)) {
			return null;
		}
		if (q.length() > SearchTerms.MAX_LENGTH) {
			parameters.reject("q", "must be at most " + SearchTerms.MAX_LENGTH + " characters");
			return null;
		}
		SearchTerms terms = SearchTerms.of(q);
		if (terms.isEmpty()) {
			parameters.reject("q", "must contain a letter or a digit");
			return null;
		}
		return terms;
	}

}
