package dev.cloudshop.order.checkout;

import java.util.List;
import java.util.UUID;

/** product-service knows no product by these ids. */
public class UnknownProductException extends RuntimeException {

	private final List<UUID> productIds;

	UnknownProductException(List<UUID> productIds) {
		super(((productIds.size() == 1) ? "No product " : "No products ") + Checkout.join(productIds));
		this.productIds = List.copyOf(productIds);
	}

	public List<UUID> productIds() {
		return this.productIds;
	}

}
