package dev.cloudshop.order.order;

/**
 * Where an order stands. While the saga runs, the status names the reply it awaits; every order
 * ends {@link #CONFIRMED} or {@link #CANCELLED}.
 */
public enum OrderStatus {

	/** Placed; its stock is being reserved. */
	PENDING,

	/** Stock reserved; the payment is being authorised. */
	AWAITING_PAYMENT,

	/** On its way to CANCELLED: what was done (stock reserved, money taken) is being undone. */
	COMPENSATING,

	/** Stock reserved and paid. */
	CONFIRMED,

	/** Nothing of it holds any more: no stock reserved, no money taken. */
	CANCELLED;

	/** The step after this one on the way to confirmation, if there is one. */
	OrderStatus next() {
		return switch (this) {
			case PENDING -> AWAITING_PAYMENT;
			case AWAITING_PAYMENT -> CONFIRMED;
			default -> null;
		};
	}

	/** The saga waits for a participant's reply to go on. */
	public boolean isAwaitingReply() {
		return this == PENDING || this == AWAITING_PAYMENT;
	}

	public boolean hasEnded() {
		return this == CONFIRMED || this == CANCELLED;
	}

}
