package dev.cloudshop.product.reservation.application;

import java.util.Objects;
import java.util.UUID;

/** order-service gives back whatever the order holds (the order is cancelled). */
public record ReleaseStock(UUID orderId) {

	public ReleaseStock {
		Objects.requireNonNull(orderId, "orderId");
	}

}
