package dev.cloudshop.product.catalog.application;

import java.util.UUID;

/** A conditional change was based on a version of the product that is no longer current. */
public class StaleProductVersionException extends RuntimeException {

	private final UUID productId;

	private final long currentVersion;

	public StaleProductVersionException(UUID productId, long currentVersion) {
		super("Product " + productId + " is at version " + currentVersion
				+ "; fetch it again and reapply the change");
		this.productId = productId;
		this.currentVersion = currentVersion;
	}

	public UUID productId() {
		return this.productId;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

}
