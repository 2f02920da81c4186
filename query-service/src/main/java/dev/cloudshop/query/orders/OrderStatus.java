package dev.cloudshop.query.orders;

/** Where an order stands, as the customer sees it: placed, then confirmed or cancelled for good. */
public enum OrderStatus {

	PENDING, CONFIRMED, CANCELLED

}
