package dev.cloudshop.review.review;

import java.util.UUID;

/**
 * Something that happened to a review, as other services learn it: a past-tense record of
 * plain values. Each change of a review produces exactly one event.
 */
public sealed interface ReviewEvent permits ReviewPosted, ReviewEdited, ReviewRemoved {

	UUID reviewId();

	UUID productId();

}
