package dev.cloudshop.review.product;

import java.util.Objects;
import java.util.UUID;

/**
 * What one event on product.events tells about its product: that it exists, the version the
 * event carries, and the status it implies. A ProductDiscontinued implies DISCONTINUED; every
 * other event implies nothing more than ACTIVE, since product-service changes only active
 * products.
 */
public record ProductObservation(UUID productId, long version, ProductStatus status) {

	public ProductObservation {
		Objects.requireNonNull(productId, "productId");
		Objects.requireNonNull(status, "status");
		if (version < 1) {
			throw new IllegalArgumentException("A product version is positive: " + version);
		}
	}

}
