package dev.cloudshop.review.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A customer's review of a product: a rating, a title and a body. Only its author edits it;
 * the author or an administrator removes it. A removed review is kept (who removed it and when)
 * but takes no further changes and is no longer shown.
 * <p>
 * Its version counts its changes: a posted review is at version 1, and every change raises the
 * version by one and records exactly one {@link ReviewEvent} carrying that version, so other
 * services can apply a review's events in order and notice a gap.
 * <p>
 * Plain Java: {@code META-INF/orm.xml} maps it to its table.
 */
public class Review {

	/** The aggregate's type, as its events and consistency tokens name it. */
	public static final String AGGREGATE_TYPE = "Review";

	private UUID id;

	private UUID productId;

	private UUID customerId;

	private int rating;

	private String title;

	private String body;

	private ReviewStatus status;

	private Instant postedAt;

	private Instant editedAt;

	private Instant removedAt;

	private Remover removedBy;

	private long version;

	private final List<RecordedEvent> recordedEvents = new ArrayList<>();

	/** For the persistence mapping only. */
	protected Review() {
	}

	/** A PUBLISHED review at version 1, having recorded {@link ReviewPosted}. */
	public static Review post(UUID id, UUID productId, UUID customerId, ReviewContent content, Instant postedAt) {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(productId, "productId");
		Objects.requireNonNull(customerId, "customerId");
		Objects.requireNonNull(postedAt, "postedAt");
		Review review = new Review();
		review.id = id;
		review.productId = productId;
		review.customerId = customerId;
		review.apply(content);
		review.status = ReviewStatus.PUBLISHED;
		review.postedAt = postedAt;
		review.record(new ReviewPosted(id, productId, customerId, review.rating, review.title, review.body, postedAt));
		return review;
	}

	/**
	 * Replaces rating, title and body, recording {@link ReviewEdited}; the same content again
	 * changes nothing.
	 * @throws NotReviewAuthorException unless the editor wrote the review
	 * @throws ReviewRemovedException when the review has been removed
	 */
	public void edit(UUID editorId, ReviewContent revised, Instant editedAt) {
		Objects.requireNonNull(revised, "revised");
		Objects.requireNonNull(editedAt, "editedAt");
		requireAuthor(editorId);
		requirePublished();
		if (content().equals(revised)) {
			return;
		}
		apply(revised);
		this.editedAt = editedAt;
		record(new ReviewEdited(this.id, this.productId, this.rating, this.title, this.body, editedAt));
	}

	/**
	 * Takes the review down for good, recording {@link ReviewRemoved}. Whether the remover may
	 * do so (the author, or an administrator) is decided by the caller.
	 * @throws ReviewRemovedException when the review has been removed already
	 */
	public void remove(Remover by, Instant removedAt) {
		Objects.requireNonNull(by, "by");
		Objects.requireNonNull(removedAt, "removedAt");
		requirePublished();
		this.status = ReviewStatus.REMOVED;
		this.removedBy = by;
		this.removedAt = removedAt;
		record(new ReviewRemoved(this.id, this.productId, by, removedAt));
	}

	/** @throws NotReviewAuthorException unless the customer wrote the review */
	public void requireAuthor(UUID customerId) {
		if (!isWrittenBy(customerId)) {
			throw new NotReviewAuthorException(this.id);
		}
	}

	public boolean isWrittenBy(UUID customerId) {
		return this.customerId.equals(customerId);
	}

	public boolean isPublished() {
		return this.status == ReviewStatus.PUBLISHED;
	}

	/** The events recorded since the last call, oldest first, each with its review version. */
	public List<RecordedEvent> releaseEvents() {
		List<RecordedEvent> released = List.copyOf(this.recordedEvents);
		this.recordedEvents.clear();
		return released;
	}

	public UUID id() {
		return this.id;
	}

	public UUID productId() {
		return this.productId;
	}

	public UUID customerId() {
		return this.customerId;
	}

	public ReviewContent content() {
		return new ReviewContent(this.rating, this.title, this.body);
	}

	public ReviewStatus status() {
		return this.status;
	}

	public Instant postedAt() {
		return this.postedAt;
	}

	/** When the content was last replaced; null if never. */
	public Instant editedAt() {
		return this.editedAt;
	}

	/** When it was removed; null while published. */
	public Instant removedAt() {
		return this.removedAt;
	}

	/** Who removed it; null while published. */
	public Remover removedBy() {
		return this.removedBy;
	}

	public long version() {
		return this.version;
	}

	private void requirePublished() {
		if (this.status != ReviewStatus.PUBLISHED) {
			throw new ReviewRemovedException(this.id);
		}
	}

	private void apply(ReviewContent content) {
		Objects.requireNonNull(content, "content");
		this.rating = content.rating();
		this.title = content.title();
		this.body = content.body();
	}

	private void record(ReviewEvent event) {
		this.version++;
		this.recordedEvents.add(new RecordedEvent(this.version, event));
	}

	@Override
	public String toString() {
		return "Review[id=" + this.id + ", productId=" + this.productId + ", version=" + this.version + "]";
	}

}
