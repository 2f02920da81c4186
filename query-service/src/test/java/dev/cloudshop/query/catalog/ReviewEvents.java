package dev.cloudshop.query.catalog;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.cloudshop.query.Events;
import dev.cloudshop.query.Events.Event;
import dev.cloudshop.testsupport.TestTokens;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events of one review as review-service would publish them:
 * {@code aReviewOf(productId).rated(4).posted()}, then {@code edited(5)}, {@code removed()}.
 * Each event takes the next version.
 */
public final class ReviewEvents {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final UUID id = UUID.randomUUID();

	private final String productId;

	private int rating = 4;

	private String title = "Does the job";

	private String body = "Fits well, washes well.";

	private long version;

	private ReviewEvents(String productId) {
		this.productId = productId;
	}

	public static ReviewEvents aReviewOf(String productId) {
		return new ReviewEvents(productId);
	}

	public ReviewEvents rated(int rating) {
		this.rating = rating;
		return this;
	}

	public ReviewEvents titled(String title) {
		this.title = title;
		return this;
	}

	public String id() {
		return this.id.toString();
	}

	/** The consistency token of the last event made: {@code Review:<id>:<version>}. */
	public String token() {
		return "Review:" + this.id + ":" + this.version;
	}

	public Event posted() {
		return posted(ProductEvents.now());
	}

	public Event posted(Instant at) {
		Map<String, Object> payload = payload();
		payload.put("customerId", TestTokens.ALICE);
		payload.put("rating", this.rating);
		payload.put("title", this.title);
		payload.put("body", this.body);
		payload.put("postedAt", at.toString());
		return event("ReviewPosted", at, payload);
	}

	public Event edited(int rating) {
		this.rating = rating;
		Instant at = ProductEvents.now();
		Map<String, Object> payload = payload();
		payload.put("rating", rating);
		payload.put("title", this.title);
		payload.put("body", this.body);
		payload.put("editedAt", at.toString());
		return event("ReviewEdited", at, payload);
	}

	public Event removed() {
		Instant at = ProductEvents.now();
		Map<String, Object> payload = payload();
		payload.put("removedBy", TestTokens.ADMIN);
		payload.put("removedAt", at.toString());
		return event("ReviewRemoved", at, payload);
	}

	private Map<String, Object> payload() {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("reviewId", this.id.toString());
		payload.put("productId", this.productId);
		return payload;
	}

	private Event event(String type, Instant at, Map<String, Object> payload) {
		this.version++;
		return Event.of(Events.REVIEW_EVENTS, CatalogEvent.REVIEW, this.id.toString(), this.version,
				"cloudshop.review." + type + ".v1", at, JSON.writeValueAsString(payload));
	}

}
