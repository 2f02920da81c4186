package dev.cloudshop.query.catalog;

import java.util.UUID;

/** An event of a review, which changes the rating of the product it is about. */
public interface ReviewEvent {

	UUID reviewId();

	UUID productId();

}
