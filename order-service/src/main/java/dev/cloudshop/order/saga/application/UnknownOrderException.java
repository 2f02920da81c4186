package dev.cloudshop.order.saga.application;

import java.util.UUID;

/** A reply names an order this service does not have. */
public class UnknownOrderException extends RuntimeException {

	public UnknownOrderException(UUID orderId) {
		super("No order " + orderId);
	}

}
