package dev.cloudshop.query.sales;

import java.util.UUID;

/**
 * An order event as the sales figures read it: only the fields they need. Types they do not
 * know become {@link UnknownEvent} and change nothing.
 */
public sealed interface SalesEvent permits OrderPlaced, OrderConfirmed, OrderCancelled, UnknownEvent {

	/** The aggregate type of order-service's events. */
	String ORDER = "Order";

	/** The order the event is about; null for an {@link UnknownEvent}. */
	UUID orderId();

}
