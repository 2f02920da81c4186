package dev.cloudshop.product.reservation;

import java.util.List;
import java.util.UUID;

/** The order holds no units any more; lines are those it gave back (none if it held none). */
public record StockReleased(UUID orderId, List<ReservationLine> lines) implements StockReservationEvent {

	public StockReleased {
		lines = List.copyOf(lines);
	}

}
