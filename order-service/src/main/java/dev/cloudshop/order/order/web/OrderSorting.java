package dev.cloudshop.order.order.web;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The orders a listing may be sorted in: by when they were placed (newest first by default),
 * always ending with the id so orders placed at the same instant never reshuffle between pages.
 */
final class OrderSorting {

	static final String PLACED_AT = "placedAt";

	static final List<String> SORTABLE = List.of(PLACED_AT);

	private OrderSorting() {
	}

	/** @throws InvalidSortException when a requested property is not sortable */
	static Pageable checked(Pageable requested) {
		Sort sort = requested.getSort().isSorted() ? requested.getSort() : Sort.by(Sort.Direction.DESC, PLACED_AT);
		for (Sort.Order order : sort) {
			if (!SORTABLE.contains(order.getProperty())) {
				throw new InvalidSortException(order.getProperty());
			}
		}
		Sort.Direction direction = sort.getOrderFor(PLACED_AT).getDirection();
		return PageRequest.of(requested.getPageNumber(), requested.getPageSize(), sort.and(Sort.by(direction, "id")));
	}

	static class InvalidSortException extends RuntimeException {

		private final String property;

		InvalidSortException(String property) {
			super("Orders cannot be sorted by '" + property + "'");
			this.property = property;
		}

		String property() {
			return this.property;
		}

	}

}
