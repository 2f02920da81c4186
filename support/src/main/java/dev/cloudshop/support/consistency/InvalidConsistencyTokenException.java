package dev.cloudshop.support.consistency;

/** A {@value ConsistencyToken#HEADER} header that is not a token: a client error. */
public class InvalidConsistencyTokenException extends IllegalArgumentException {

	InvalidConsistencyTokenException(String value) {
		super("'" + value + "' is not a consistency token; send back the " + ConsistencyToken.HEADER
				+ " header of a write response unchanged (<aggregateType>:<aggregateId>:<version>)");
	}

}
