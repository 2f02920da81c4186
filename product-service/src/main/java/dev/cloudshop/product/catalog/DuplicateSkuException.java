package dev.cloudshop.product.catalog;

/** Refuses a second product with a SKU the catalog already holds. */
public class DuplicateSkuException extends RuntimeException {

	private final String sku;

	public DuplicateSkuException(String sku) {
		super("A product with SKU " + sku + " already exists");
		this.sku = sku;
	}

	public String sku() {
		return this.sku;
	}

}
