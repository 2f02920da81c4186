package dev.cloudshop.product.reservation;

import java.util.List;
import java.util.UUID;

/** The order holds every unit it asked for, one line per product. */
public record StockReserved(UUID orderId, List<ReservationLine> lines) implements StockReservationEvent {

	public StockReserved {
		lines = List.copyOf(lines);
	}

}
