package dev.cloudshop.payment.payment;

/** Why no money was taken for an order. */
public enum DeclineReason {

	/** The customer's balance does not cover the amount. */
	INSUFFICIENT_FUNDS,

	/** Accounts are kept in EUR only. */
	CURRENCY_NOT_SUPPORTED,

	/** The order's payment was voided by a refund before this authorisation arrived. */
	ORDER_REFUNDED

}
