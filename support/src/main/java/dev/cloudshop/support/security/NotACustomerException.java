package dev.cloudshop.support.security;

/**
 * A token with the customer role whose subject is not a customer id: a 403 (see
 * {@code dev.cloudshop.support.web.ProblemDetailsHandler}).
 */
public class NotACustomerException extends RuntimeException {

	NotACustomerException(String subject) {
		super("The token's subject '" + subject + "' is not a customer id");
	}

}
