package dev.cloudshop.order.order;

import java.util.UUID;

/** A customer tried to cancel an order that is already confirmed. */
public class OrderNotCancellableException extends RuntimeException {

	public OrderNotCancellableException(UUID orderId, OrderStatus status) {
		super("Order " + orderId + " is " + status + " and can no longer be cancelled");
	}

}
