package dev.cloudshop.query.web;

import java.util.List;

/** Query parameters that cannot be answered, each named with the reason. */
public class InvalidParametersException extends RuntimeException {

	private final List<InvalidField> errors;

	public InvalidParametersException(List<InvalidField> errors) {
		super("The request has invalid parameters");
		this.errors = List.copyOf(errors);
	}

	public List<InvalidField> errors() {
		return this.errors;
	}

}
