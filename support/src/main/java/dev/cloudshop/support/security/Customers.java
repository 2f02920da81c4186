package dev.cloudshop.support.security;

import java.util.UUID;

import org.springframework.security.core.Authentication;

/** The customer a request's token names: its subject, the customer's id. */
public final class Customers {

	private Customers() {
	}

	/** @throws NotACustomerException when the subject is not a customer id (a 403) */
	public static UUID idOf(Authentication authentication) {
		try {
			return UUID.fromString(authentication.getName());
		}
		catch (IllegalArgumentException ex) {
			throw new NotACustomerException(authentication.getName());
		}
	}

}
