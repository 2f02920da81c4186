package dev.cloudshop.product.catalog;

import java.util.UUID;

/** Refuses a stock adjustment that would take a product's stock above {@link Product#MAX_STOCK}. */
public class StockLimitExceededException extends RuntimeException {

	private final UUID productId;

	public StockLimitExceededException(UUID productId, int stock, int delta) {
		super("Product " + productId + " has " + stock + " units in stock; adding " + delta
				+ " would exceed the limit of " + Product.MAX_STOCK);
		this.productId = productId;
	}

	public UUID productId() {
		return this.productId;
	}

}
