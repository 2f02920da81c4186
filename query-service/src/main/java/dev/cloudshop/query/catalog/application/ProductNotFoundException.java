package dev.cloudshop.query.catalog.application;

import java.util.UUID;

public class ProductNotFoundException extends RuntimeException {

	ProductNotFoundException(UUID id) {
		super("The catalog has no product " + id);
	}

}
