package dev.cloudshop.order.order.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.cloudshop.order.order.CancelReason;
import dev.cloudshop.order.order.Order;
import dev.cloudshop.order.order.OrderLine;
import dev.cloudshop.order.order.OrderStatus;
import dev.cloudshop.order.order.StatusChange;

/**
 * An order as the API shows it: where it stands (and why, once it is being cancelled), what
 * was ordered at which prices, and every status it went through.
 */
record OrderResponse(UUID id, OrderStatus status, CancelReason reason, List<Line> lines, BigDecimal total,
		String currency, Instant placedAt, List<Change> history) {

	record Line(UUID productId, String productName, int quantity, BigDecimal unitPrice, BigDecimal total) {

		static Line from(OrderLine line) {
			return new Line(line.productId(), line.productName(), line.quantity(), line.unitPrice(), line.total());
		}

	}

	record Change(OrderStatus status, Instant at, CancelReason reason) {

		static Change from(StatusChange change) {
			return new Change(change.status(), change.at(), change.reason());
		}

	}

	static OrderResponse from(Order order) {
		return new OrderResponse(order.id(), order.status(), order.cancelReason(),
				order.lines().stream().map(Line::from).toList(), order.total(), order.currency().getCurrencyCode(),
				order.placedAt(), order.history().stream().map(Change::from).toList());
	}

}
