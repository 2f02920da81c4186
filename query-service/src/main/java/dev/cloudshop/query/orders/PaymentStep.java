package dev.cloudshop.query.orders;

/** What payment-service did about an order's payment; each happens at most once per order. */
public enum PaymentStep {

	/** The amount was taken. */
	AUTHORIZED,

	/** Nothing was taken. */
	DECLINED,

	/** What was taken (possibly nothing) was given back, or the payment was voided before any authorisation. */
	REFUNDED

}
