package dev.cloudshop.product.reservation;

import java.util.Objects;
import java.util.UUID;

/**
 * A line a reservation could not serve: the units the order asked for, and those the product
 * has to sell (0 for a product that does not exist or is discontinued).
 */
public record Shortfall(UUID productId, int requested, int available) {

	public Shortfall {
		Objects.requireNonNull(productId, "productId");
	}

}
