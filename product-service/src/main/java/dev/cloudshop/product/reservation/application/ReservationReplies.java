package dev.cloudshop.product.reservation.application;

import dev.cloudshop.product.reservation.StockReservationEvent;

/** Where the answers to order-service go (messaging implements it with the outbox). */
public interface ReservationReplies {

	/** Appends the answer in the caller's transaction, to be published once it commits. */
	void append(StockReservationEvent reply);

}
