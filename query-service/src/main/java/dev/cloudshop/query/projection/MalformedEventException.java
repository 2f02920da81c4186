package dev.cloudshop.query.projection;

/** A record that can never be applied: headers missing or wrong, or a payload that is not the event its type says. */
public class MalformedEventException extends RuntimeException {

	public MalformedEventException(String message) {
		super(message);
	}

	public MalformedEventException(String message, Throwable cause) {
		super(message, cause);
	}

	/** @throws MalformedEventException if the payload has no {@code field} */
	public static <T> T required(T value, String field) {
		if (value == null) {
			throw new MalformedEventException("The payload has no " + field);
		}
		return value;
	}

}
