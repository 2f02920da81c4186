package dev.cloudshop.order.order.persistence;

import dev.cloudshop.order.order.Order;

/**
 * Inserts new orders. An order's id is assigned before it is stored, so Spring Data's
 * {@code save} would take it for an existing one and merge; this persists it instead.
 */
public interface OrderInserts {

	/** Stores a new order now (the insert is flushed). */
	void insert(Order order);

}
