package dev.cloudshop.order.order.application;

import java.util.UUID;

/** No order with this id, or not one of the caller's: the two look the same from outside. */
public class OrderNotFoundException extends RuntimeException {

	OrderNotFoundException(UUID orderId) {
		super("No order " + orderId);
	}

}
