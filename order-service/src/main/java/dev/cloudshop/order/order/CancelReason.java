package dev.cloudshop.order.order;

/** Why an order is (being) cancelled. */
public enum CancelReason {

	/** product-service could not reserve every line (short of stock, or a product gone). */
	OUT_OF_STOCK,

	/** payment-service declined the payment. */
	PAYMENT_DECLINED,

	/** A participant did not answer in time. */
	TIMEOUT,

	/** The customer cancelled before the order was confirmed. */
	CUSTOMER_CANCELLED

}
