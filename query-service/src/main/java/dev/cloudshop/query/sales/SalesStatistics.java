package dev.cloudshop.query.sales;

import java.time.Instant;
import java.util.List;

/**
 * The sales figures at one instant.
 *
 * @param at the end of every window (now, by this service's clock)
 * @param windows the figures of the last 1, 5 and 30 minutes
 * @param topProducts the best-selling products of the last 30 minutes, most units first
 */
public record SalesStatistics(Instant at, List<WindowFigures> windows, List<TopProduct> topProducts,
		SalesFreshness freshness) {

	public SalesStatistics {
		windows = List.copyOf(windows);
		topProducts = List.copyOf(topProducts);
	}

}
