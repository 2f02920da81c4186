package dev.cloudshop.product.catalog.web;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The orders a product listing may be sorted in: only by the listed properties (anything else
 * would expose the table, or fail deep in the query), always ending with the id so equal
 * values never reshuffle between pages.
 */
final class ProductSorting {

	static final List<String> SORTABLE = List.of("sku", "name", "price", "stock");

	private ProductSorting() {
	}

	/** @throws InvalidSortException when a requested property is not sortable */
	static Pageable checked(Pageable requested) {
		for (Sort.Order order : requested.getSort()) {
			if (!SORTABLE.contains(order.getProperty())) {
				throw new InvalidSortException(order.getProperty());
			}
		}
		Sort stable = requested.getSort().and(Sort.by("id"));
		return PageRequest.of(requested.getPageNumber(), requested.getPageSize(), stable);
	}

	static class InvalidSortException extends RuntimeException {

		private final String property;

		InvalidSortException(String property) {
			super("Products cannot be sorted by '" + property + "'");
			this.property = property;
		}

		String property() {
			return this.property;
		}

	}

}
