package dev.cloudshop.review.review.messaging;

import java.util.Map;

import dev.cloudshop.review.review.RecordedEvent;
import dev.cloudshop.review.review.Review;
import dev.cloudshop.review.review.ReviewEdited;
import dev.cloudshop.review.review.ReviewEvent;
import dev.cloudshop.review.review.ReviewPosted;
import dev.cloudshop.review.review.ReviewRemoved;
import dev.cloudshop.support.outbox.Outbox;
import dev.cloudshop.support.outbox.OutboxEvent;

import org.springframework.stereotype.Component;

/**
 * Hands a review's recorded events to the transactional outbox, which publishes them to
 * {@value #TOPIC} after the surrounding transaction commits: key = review id, value = the event
 * as JSON, CloudEvents type as listed in {@link #TYPES}.
 */
@Component
public class ReviewEventOutbox {

	public static final String TOPIC = "review.events";

	public static final String AGGREGATE_TYPE = Review.AGGREGATE_TYPE;

	/**
	 * The CloudEvents type of each event: the wire contract, with a golden sample per entry in
	 * the contracts module. A new shape of an event gets a new version, never a changed one.
	 */
	static final Map<Class<? extends ReviewEvent>, String> TYPES = Map.of(
			ReviewPosted.class, "cloudshop.review.ReviewPosted.v1",
			ReviewEdited.class, "cloudshop.review.ReviewEdited.v1",
			ReviewRemoved.class, "cloudshop.review.ReviewRemoved.v1");

	private final Outbox outbox;

	ReviewEventOutbox(Outbox outbox) {
		this.outbox = outbox;
	}

	/** Appends the events the review recorded since the last call; needs a transaction. */
	public void append(Review review) {
		String reviewId = review.id().toString();
		for (RecordedEvent recorded : review.releaseEvents()) {
			this.outbox.append(new OutboxEvent(TOPIC, AGGREGATE_TYPE, reviewId, recorded.reviewVersion(),
					typeOf(recorded.event()), recorded.event()));
		}
	}

	static String typeOf(ReviewEvent event) {
		String type = TYPES.get(event.getClass());
		if (type == null) {
			throw new IllegalStateException("No event type for " + event.getClass().getName());
		}
		return type;
	}

}
