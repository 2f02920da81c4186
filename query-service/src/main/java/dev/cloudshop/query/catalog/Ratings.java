package dev.cloudshop.query.catalog;

import dev.cloudshop.query.projection.MalformedEventException;

/** A review rates a product with one to five stars. */
public final class Ratings {

	public static final int MIN = 1;

	public static final int MAX = 5;

	private Ratings() {
	}

	static void check(int rating) {
		if (rating < MIN || rating > MAX) {
			throw new MalformedEventException("The rating " + rating + " is not between " + MIN + " and " + MAX);
		}
	}

}
