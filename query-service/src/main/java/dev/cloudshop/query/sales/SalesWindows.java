package dev.cloudshop.query.sales;

import java.time.Duration;
import java.util.List;

/**
 * The windows the figures are summed over, each ending now: an order counts in a window when
 * its confirmation (or cancellation) time is after the window's start and not after now.
 */
public final class SalesWindows {

	/** The last 1, 5 and 30 minutes. */
	public static final List<Duration> WINDOWS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
			Duration.ofMinutes(30));

	/** The best-selling products are those of the last 30 minutes. */
	public static final Duration TOP_PRODUCTS_WINDOW = Duration.ofMinutes(30);

	public static final int DEFAULT_TOP = 5;

	public static final int MAX_TOP = 20;

	private SalesWindows() {
	}

}
