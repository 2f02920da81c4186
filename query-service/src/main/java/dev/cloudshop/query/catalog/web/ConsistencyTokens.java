package dev.cloudshop.query.catalog.web;

import java.util.Optional;

import dev.cloudshop.query.catalog.application.CatalogConsistency;
import dev.cloudshop.support.consistency.ConsistencyToken;

/** Reads the {@value ConsistencyToken#HEADER} request header. */
final class ConsistencyTokens {

	private ConsistencyTokens() {
	}

	/**
	 * The token, if the request sent one.
	 * @throws IllegalArgumentException if it is not a token the catalog can wait for
	 */
	static Optional<ConsistencyToken> read(String header) {
		if (header == null) {
			return Optional.empty();
		}
		ConsistencyToken token = ConsistencyToken.parse(header);
		CatalogConsistency.check(token);
		return Optional.of(token);
	}

}
