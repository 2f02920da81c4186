package dev.cloudshop.product.reservation;

import java.util.List;
import java.util.UUID;

/** The order got no units at all; unavailable lists the lines that could not be served. */
public record StockReservationFailed(UUID orderId, FailureReason reason, List<Shortfall> unavailable)
		implements StockReservationEvent {

	public StockReservationFailed {
		unavailable = List.copyOf(unavailable);
	}

}
