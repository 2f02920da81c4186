package dev.cloudshop.query.orders.application;

import dev.cloudshop.support.consistency.ConsistencyToken;

/** A well-formed token of a write the order view does not show (another aggregate type), or whose id is not an order's. */
public class UnsupportedConsistencyTokenException extends IllegalArgumentException {

	UnsupportedConsistencyTokenException(ConsistencyToken token, String why) {
		super("The order view cannot wait for '" + token.value() + "': " + why);
	}

}
