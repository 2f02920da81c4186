package dev.cloudshop.query.orders;

import java.util.UUID;

/**
 * An event as the order view reads it: the few fields it needs of each type and version it
 * knows. The events of an order ({@code order.events}) come in version order; those of its
 * payment ({@code payment.events}, aggregate {@value #PAYMENT}, id = order id) are merged by
 * state. Types the view does not know become {@link UnknownEvent}.
 */
public sealed interface OrdersEvent permits OrderPlaced, OrderConfirmed, OrderCancelled, PaymentAuthorized,
		PaymentDeclined, PaymentRefunded, UnknownEvent {

	/** The aggregate type of order-service's events. */
	String ORDER = "Order";

	/** The aggregate type of payment-service's payment events; its id is the order's. */
	String PAYMENT = "Payment";

	/** The order the event is about; null for an {@link UnknownEvent}. */
	UUID orderId();

}
