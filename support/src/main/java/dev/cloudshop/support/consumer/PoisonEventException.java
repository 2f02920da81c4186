package dev.cloudshop.support.consumer;

/**
 * A record that can never be processed, however often it is retried: JSON that does not parse,
 * a missing header or field, a value out of range. Thrown from a listener, it sends the record
 * to the service's dead-letter topic at once, with this message as the reason, and the
 * partition moves on.
 */
public class PoisonEventException extends RuntimeException {

	public PoisonEventException(String message) {
		super(message);
	}

	public PoisonEventException(String message, Throwable cause) {
		super(message, cause);
	}

}
