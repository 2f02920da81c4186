package dev.cloudshop.query.orders.application;

import java.util.UUID;

/** The caller has no such order: it does not exist, is not placed yet, or is another customer's. */
public class OrderNotFoundException extends RuntimeException {

	OrderNotFoundException(UUID orderId) {
		super("You have no order " + orderId);
	}

}
