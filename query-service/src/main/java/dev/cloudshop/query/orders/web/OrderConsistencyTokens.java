package dev.cloudshop.query.orders.web;

import java.util.Optional;

import dev.cloudshop.query.orders.application.OrderConsistency;
import dev.cloudshop.support.consistency.ConsistencyToken;

/** Reads the {@value ConsistencyToken#HEADER} request header. */
final class OrderConsistencyTokens {

	private OrderConsistencyTokens() {
	}

	/**
	 * The token, if the request sent one.
	 * @throws IllegalArgumentException if it is not a token the order view can wait for
	 */
	static Optional<ConsistencyToken> read(String header) {
		if (header == null) {
			return Optional.empty();
		}
		ConsistencyToken token = ConsistencyToken.parse(header);
		OrderConsistency.check(token);
		return Optional.of(token);
	}

}
