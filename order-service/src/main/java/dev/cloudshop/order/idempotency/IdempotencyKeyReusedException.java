package dev.cloudshop.order.idempotency;

/** The key was used before, by the same customer, for a different request. */
public class IdempotencyKeyReusedException extends RuntimeException {

	public IdempotencyKeyReusedException(String key) {
		super("The Idempotency-Key '" + key + "' was used for a different request; use a new key for a new request");
	}

}
