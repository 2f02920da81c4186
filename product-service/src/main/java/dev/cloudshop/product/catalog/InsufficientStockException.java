package dev.cloudshop.product.catalog;

import java.util.UUID;

/** Refuses a stock adjustment that would take a product's stock below zero. */
public class InsufficientStockException extends RuntimeException {

	private final UUID productId;

	private final int stock;

	public InsufficientStockException(UUID productId, int stock, int delta) {
		super("Product " + productId + " has " + stock + " units in stock; it cannot give " + -delta);
		this.productId = productId;
		this.stock = stock;
	}

	public UUID productId() {
		return this.productId;
	}

	public int stock() {
		return this.stock;
	}

}
