package dev.cloudshop.review.product;

/**
 * Whether a known product still takes reviews. DISCONTINUED is final: once seen, no event
 * makes a product ACTIVE again.
 */
public enum ProductStatus {

	ACTIVE, DISCONTINUED;

	/** The later of the two states in a product's life: DISCONTINUED if either is. */
	ProductStatus and(ProductStatus other) {
		return (this == DISCONTINUED || other == DISCONTINUED) ? DISCONTINUED : ACTIVE;
	}

}
