package dev.cloudshop.review.review;

/** An event together with the review version its change produced. */
public record RecordedEvent(long reviewVersion, ReviewEvent event) {
}
