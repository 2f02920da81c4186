package dev.cloudshop.query.sales;

import java.time.Instant;
import java.util.List;

/**
 * The sales of one window.
 *
 * @param minutes the window's length
 * @param since its start (exclusive); it ends at the statistics' {@code at}
 * @param ordersConfirmed orders confirmed in the window
 * @param unitsSold the quantities of their lines (as far as their placing was seen)
 * @param revenue their totals, per currency, by currency code
 * @param ordersCancelled orders cancelled in the window
 */
public record WindowFigures(long minutes, Instant since, long ordersConfirmed, long unitsSold, List<Revenue> revenue,
		long ordersCancelled) {

	public WindowFigures {
		revenue = List.copyOf(revenue);
	}

}
