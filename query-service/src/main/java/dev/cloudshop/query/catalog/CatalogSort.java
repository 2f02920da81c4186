package dev.cloudshop.query.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The orders a catalog listing comes in. Ties are always broken by product id, so pages stay stable. */
public enum CatalogSort {

	/** Best text match first; only with a search text. */
	RELEVANCE("relevance"),

	/** Newest product first. */
	NEWEST("newest"),

	PRICE_ASCENDING("price,asc"),

	PRICE_DESCENDING("price,desc"),

	/** Best rated first; products without reviews last. */
	RATING_DESCENDING("rating,desc");

	private final String parameter;

	CatalogSort(String parameter) {
		this.parameter = parameter;
	}

	/** The value of the {@code sort} parameter that asks for this order. */
	public String parameter() {
		return this.parameter;
	}

	public static Optional<CatalogSort> fromParameter(String parameter) {
		return Arrays.stream(values()).filter((sort) -> sort.parameter.equals(parameter)).findFirst();
	}

	public static List<String> parameters() {
		return Arrays.stream(values()).map(CatalogSort::parameter).toList();
	}

}
