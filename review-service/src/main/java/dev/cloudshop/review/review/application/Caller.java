package dev.cloudshop.review.review.application;

import java.util.Objects;
import java.util.UUID;

/**
 * Who asks for a change: the token's subject (a customer's id for customers) and whether the
 * caller is an administrator.
 */
public record Caller(String subject, boolean admin) {

	public Caller {
		Objects.requireNonNull(subject, "subject");
	}

	/** Whether the caller is this customer. */
	public boolean is(UUID customerId) {
		return this.subject.equalsIgnoreCase(customerId.toString());
	}

}
