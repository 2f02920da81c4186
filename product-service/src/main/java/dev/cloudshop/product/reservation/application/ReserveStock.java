package dev.cloudshop.product.reservation.application;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dev.cloudshop.product.reservation.ReservationLine;

/** order-service asks for every line of an order, or none. */
public record ReserveStock(UUID orderId, List<ReservationLine> lines) {

	public ReserveStock {
		Objects.requireNonNull(orderId, "orderId");
		lines = List.copyOf(lines);
		if (lines.isEmpty()) {
			throw new IllegalArgumentException("ReserveStock has at least one line");
		}
	}

}
