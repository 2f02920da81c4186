package dev.cloudshop.query.orders.web;

import java.util.UUID;

import org.springframework.security.oauth2.jwt.Jwt;

/** The caller as a customer: the JWT {@code sub} is the customer id. */
final class Customers {

	private Customers() {
	}

	/** @throws NotACustomerException if the token's subject is not a customer id */
	static UUID id(Jwt jwt) {
		try {
			return UUID.fromString(jwt.getSubject());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new NotACustomerException();
		}
	}

}
