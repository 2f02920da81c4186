package dev.cloudshop.query.orders;

import java.util.UUID;

/**
 * An event of a type or version the order view does not read. An order's still takes its place
 * in the order's sequence, so the events after it are applied in order.
 */
public record UnknownEvent(String type) implements OrdersEvent {

	@Override
	public UUID orderId() {
		return null;
	}

}
