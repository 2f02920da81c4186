package dev.cloudshop.query.orders;

/** Where an order's payment stands, as the customer sees it. */
public enum PaymentState {

	/** No answer from payment-service yet. */
	PENDING,

	/** The amount was taken. */
	AUTHORIZED,

	/** Nothing was taken. */
	DECLINED,

	/** Given back (or voided before anything was taken: amount 0.00). Final. */
	REFUNDED

}
