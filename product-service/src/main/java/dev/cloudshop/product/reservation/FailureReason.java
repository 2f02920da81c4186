package dev.cloudshop.product.reservation;

/** Why an order got no units. */
public enum FailureReason {

	/** Every product is sold, but at least one has fewer units than the order asks for. */
	OUT_OF_STOCK,

	/** At least one product does not exist or is discontinued. */
	PRODUCT_UNAVAILABLE,

	/** The order had been released (cancelled) before it asked to reserve. */
	ORDER_RELEASED

}
