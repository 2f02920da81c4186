package dev.cloudshop.order.order;

/** What a cancelled order may have to undo before it is CANCELLED. */
public enum Compensation {

	/** Give the reserved stock back. */
	RELEASE_STOCK,

	/** Give the money back (a no-op at payment-service if none was taken). */
	REFUND_PAYMENT

}
