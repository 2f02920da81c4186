package dev.cloudshop.product.catalog;

import java.util.regex.Pattern;

/**
 * Stock keeping unit: the merchant's own code for a product, unique in the catalog. Groups of
 * upper-case letters and digits joined by single hyphens ({@code TSHIRT-RED-M}), 3 to 40
 * characters. It never changes once the product exists.
 */
public record Sku(String value) {

	public static final String PATTERN = "[A-Z0-9]+(-[A-Z0-9]+)*";

	public static final int MIN_LENGTH = 3;

	public static final int MAX_LENGTH = 40;

	private static final Pattern COMPILED = Pattern.compile(PATTERN);

	public Sku {
		if (value == null || value.length() < MIN_LENGTH || value.length() > MAX_LENGTH
				|| !COMPILED.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a SKU: " + value);
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
