package dev.cloudshop.review.review;

/**
 * What a customer says about a product: a rating from 1 to 5 stars, a title of 1 to 120
 * characters (surrounding white space removed) and a body of 1 to 4000 characters, neither of
 * them blank. An edit replaces it as a whole.
 */
public record ReviewContent(int rating, String title, String body) {

	public static final int MIN_RATING = 1;

	public static final int MAX_RATING = 5;

	public static final int MAX_TITLE_LENGTH = 120;

	public static final int MAX_BODY_LENGTH = 4000;

	public ReviewContent {
		if (rating < MIN_RATING || rating > MAX_RATING) {
			throw new IllegalArgumentException("A rating is 1 to 5 stars: " + rating);
		}
		title = (title != null) ? title.strip() : null;
		if (title == null || title.isEmpty() || title.length() > MAX_TITLE_LENGTH) {
			throw new IllegalArgumentException("A review title has 1 to 120 characters and is not blank");
		}
		if (body == null || body.isBlank() || body.length() > MAX_BODY_LENGTH) {
			throw new IllegalArgumentException("A review body has 1 to 4000 characters and is not blank");
		}
	}

}
