package dev.cloudshop.review.review;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Test fixture for reviews: {@code aReview().withRating(2).by(customerId).removed().build()}.
 * Defaults are valid; ids are random, so tests sharing a database never collide.
 * {@link #build()} gives a stored-looking review whose events are already released;
 * {@link #asRequest()} the body of a post or edit carrying this content.
 */
public final class ReviewBuilder {

	public static final Instant POSTED_AT = Instant.parse("2026-11-25T10:15:30.123456Z");

	private UUID id = UUID.randomUUID();

	private UUID productId = UUID.randomUUID();

	private UUID customerId = UUID.randomUUID();

	private int rating = 4;

	private String title = "Soft and true to size";

	private String body = "Washed it three times, no shrinking.";

	private Remover removedBy;

	private ReviewBuilder() {
	}

	public static ReviewBuilder aReview() {
		return new ReviewBuilder();
	}

	public ReviewBuilder withId(UUID id) {
		this.id = id;
		return this;
	}

	public ReviewBuilder of(UUID productId) {
		this.productId = productId;
		return this;
	}

	public ReviewBuilder by(UUID customerId) {
		this.customerId = customerId;
		return this;
	}

	public ReviewBuilder withRating(int rating) {
		this.rating = rating;
		return this;
	}

	public ReviewBuilder withTitle(String title) {
		this.title = title;
		return this;
	}

	public ReviewBuilder withBody(String body) {
		this.body = body;
		return this;
	}

	public ReviewBuilder removedBy(Remover remover) {
		this.removedBy = remover;
		return this;
	}

	public ReviewContent content() {
		return new ReviewContent(this.rating, this.title, this.body);
	}

	/** The review as posted and stored: its recorded events are already released. */
	public Review build() {
		Review review = Review.post(this.id, this.productId, this.customerId, content(), POSTED_AT);
		if (this.removedBy != null) {
			review.remove(this.removedBy, POSTED_AT.plusSeconds(60));
		}
		review.releaseEvents();
		return review;
	}

	/** The body of {@code POST} or {@code PUT} with this content. */
	public Map<String, Object> asRequest() {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("rating", this.rating);
		request.put("title", this.title);
		request.put("body", this.body);
		return request;
	}

	/** {@link #asRequest()} with one field replaced (or removed, for null). */
	public Map<String, Object> asRequestWith(String field, Object value) {
		Map<String, Object> request = asRequest();
		if (value == null) {
			request.remove(field);
		}
		else {
			request.put(field, value);
		}
		return request;
	}

}
