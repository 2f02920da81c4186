package dev.cloudshop.product.catalog;

/** Where a product is in its life: sold while ACTIVE; DISCONTINUED is final. */
public enum ProductStatus {

	ACTIVE, DISCONTINUED

}
