package dev.cloudshop.order.checkout;

import java.util.List;
import java.util.UUID;

/** These products are discontinued: they can no longer be ordered. */
public class ProductUnavailableException extends RuntimeException {

	private final List<UUID> productIds;

	ProductUnavailableException(List<UUID> productIds) {
		super(((productIds.size() == 1) ? "Product " : "Products ") + Checkout.join(productIds)
				+ " can no longer be ordered (discontinued)");
		this.productIds = List.copyOf(productIds);
	}

	public List<UUID> productIds() {
		return this.productIds;
	}

}
