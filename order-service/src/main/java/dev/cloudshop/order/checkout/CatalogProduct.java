package dev.cloudshop.order.checkout;

import java.math.BigDecimal;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What checkout reads of product-service's {@code GET /api/v1/products/{id}}: a tolerant reader
 * of the fields it prices with.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CatalogProduct(UUID id, String name, BigDecimal price, String currency, String status) {

	static final String ACTIVE = "ACTIVE";

	boolean isComplete() {
		return this.id != null && this.name != null && this.price != null && this.price.signum() > 0
				&& this.currency != null && this.status != null;
	}

	boolean isOrderable() {
		return ACTIVE.equals(this.status);
	}

}
