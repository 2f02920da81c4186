package dev.cloudshop.query.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order as its customer sees it.
 *
 * @param cancelReason why it was cancelled; null unless CANCELLED
 * @param payment its payment, merged from every payment step seen
 * @param timeline its statuses and payment steps, oldest first
 */
public record OrderView(UUID orderId, OrderStatus status, String cancelReason, List<OrderLine> lines,
		BigDecimal total, String currency, Instant placedAt, Payment payment, List<TimelineEntry> timeline,
		OrderFreshness freshness) {

	public OrderView {
		lines = List.copyOf(lines);
		timeline = List.copyOf(timeline);
	}

}
