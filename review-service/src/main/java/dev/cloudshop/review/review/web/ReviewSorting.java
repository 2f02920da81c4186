package dev.cloudshop.review.review.web;

import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The orders a product's reviews are listed in, by name: {@code newest} first (the default) or
 * best {@code rating} first (newest first among equal ratings). Each ends with the id, so equal
 * values never reshuffle between pages.
 */
final class ReviewSorting {

	static final String NEWEST = "newest";

	static final String RATING = "rating";

	static final List<String> ORDERS = List.of(NEWEST, RATING);

	private static final Sort BY_NEWEST = Sort.by(Sort.Order.desc("postedAt"), Sort.Order.desc("id"));

	private static final Sort BY_RATING = Sort.by(Sort.Order.desc("rating")).and(BY_NEWEST);

	private ReviewSorting() {
	}

	/**
	 * The requested page in the named order; the page's own sort (Spring's {@code sort}
	 * parameter parsed as properties) is ignored.
	 * @throws InvalidSortException for any other name
	 */
	static Pageable sorted(String order, Pageable page) {
		String name = (order != null) ? order.strip().toLowerCase(Locale.ROOT) : NEWEST;
		Sort sort = switch (name) {
			case NEWEST -> BY_NEWEST;
			case RATING -> BY_RATING;
			default -> throw new InvalidSortException(order);
		};
		return PageRequest.of(page.getPageNumber(), page.getPageSize(), sort);
	}

	static class InvalidSortException extends RuntimeException {

		private final String order;

		InvalidSortException(String order) {
			super("Reviews cannot be sorted by '" + order + "'");
			this.order = order;
		}

		String order() {
			return this.order;
		}

	}

}
