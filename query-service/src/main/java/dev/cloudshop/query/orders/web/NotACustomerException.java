package dev.cloudshop.query.orders.web;

/** A token with the CUSTOMER role whose subject is not a customer id: it owns no orders to show. */
class NotACustomerException extends RuntimeException {

	NotACustomerException() {
		super("The token does not name a customer (its subject is not a customer id)");
	}

}
