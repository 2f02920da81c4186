package dev.cloudshop.product.catalog;

import java.util.Objects;

/**
 * The editable state of a product: what a revision replaces as a whole. The description may
 * be empty but is never absent.
 */
public record ProductDetails(String name, String description, Price price) {

	public static final int MAX_NAME_LENGTH = 200;

	public static final int MAX_DESCRIPTION_LENGTH = 2000;

	public ProductDetails {
		if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
			throw new IllegalArgumentException("A product name has 1 to 200 characters and is not blank");
		}
		description = description == null ? "" : description;
		if (description.length() > MAX_DESCRIPTION_LENGTH) {
			throw new IllegalArgumentException("A product description has at most 2000 characters");
		}
		Objects.requireNonNull(price, "price");
	}

	ProductDetails withPrice(Price newPrice) {
		return new ProductDetails(this.name, this.description, newPrice);
	}

}
