package dev.cloudshop.query.catalog.application;

import dev.cloudshop.support.consistency.ConsistencyToken;

/** A well-formed token of a write the catalog does not show (another aggregate type), or with an id no such aggregate has. */
public class UnsupportedConsistencyTokenException extends IllegalArgumentException {

	UnsupportedConsistencyTokenException(ConsistencyToken token, String why) {
		super("The catalog cannot wait for '" + token.value() + "': " + why);
	}

}
