package dev.cloudshop.query.orders.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.cloudshop.query.orders.OrderFreshness;
import dev.cloudshop.query.orders.OrderLine;
import dev.cloudshop.query.orders.OrderStatus;
import dev.cloudshop.query.orders.OrderView;
import dev.cloudshop.query.orders.Payment;
import dev.cloudshop.query.orders.PaymentStep;
import dev.cloudshop.query.orders.RecordedPaymentStep;
import dev.cloudshop.query.orders.TimelineEntry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The order view's queries, always scoped to one customer: another customer's order is not
 * there. An order is shown once placed; its payment steps, kept whenever they came, are merged
 * into it as it is read. Callers that need several statements to agree (a page, its payments
 * and its total) run them in one repeatable-read transaction.
 */
@Component
public class OrderViews {

	private static final String ORDER_COLUMNS = """
			order_id, status, cancel_reason, lines, total, currency, placed_at, confirmed_at, cancelled_at, version,
			last_event_at, applied_at""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	OrderViews(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public Optional<OrderView> order(UUID customerId, UUID orderId) {
		return this.jdbc.sql("select " + ORDER_COLUMNS
				+ " from orders_order where customer_id = :customerId and order_id = :orderId")
			.param("customerId", customerId)
			.param("orderId", orderId)
			.query(this::row)
			.optional()
			.map((row) -> view(row, paymentSteps(List.of(orderId))));
	}

	/** The customer's orders, newest first. */
	public List<OrderView> orders(UUID customerId, long offset, int limit) {
		List<OrderRow> rows = this.jdbc.sql("select " + ORDER_COLUMNS + """
				 from orders_order where customer_id = :customerId
				order by placed_at desc, order_id desc offset :offset limit :limit""")
			.param("customerId", customerId)
			.param("offset", offset)
			.param("limit", limit)
			.query(this::row)
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<StoredPaymentStep>> payments = paymentSteps(rows.stream().map(OrderRow::orderId).toList());
		return rows.stream().map((row) -> view(row, payments)).toList();
	}

	public long count(UUID customerId) {
		return this.jdbc.sql("select count(*) from orders_order where customer_id = :customerId")
			.param("customerId", customerId)
			.query(Long.class)
			.single();
	}

	/** The version of the customer's order the view reflects; 0 when it shows no such order of the customer. */
	public long version(UUID customerId, UUID orderId) {
		return this.jdbc.sql("select version from orders_order where customer_id = :customerId and order_id = :orderId")
			.param("customerId", customerId)
			.param("orderId", orderId)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	private Map<UUID, List<StoredPaymentStep>> paymentSteps(List<UUID> orderIds) {
		Map<UUID, List<StoredPaymentStep>> steps = new HashMap<>();
		this.jdbc.sql("""
				select order_id, step, amount, reason, event_time, applied_at from orders_payment_step
				where order_id in (:ids)""")
			.param("ids", orderIds)
			.query((row, number) -> new StoredPaymentStep(row.getObject("order_id", UUID.class),
					new RecordedPaymentStep(PaymentStep.valueOf(row.getString("step")), row.getBigDecimal("amount"),
							row.getString("reason"), instant(row.getTimestamp("event_time"))),
					instant(row.getTimestamp("applied_at"))))
			.list()
			.forEach((step) -> steps.computeIfAbsent(step.orderId(), (id) -> new ArrayList<>()).add(step));
		return steps;
	}

	private static OrderView view(OrderRow row, Map<UUID, List<StoredPaymentStep>> payments) {
		List<StoredPaymentStep> stored = payments.getOrDefault(row.orderId(), List.of());
		List<RecordedPaymentStep> steps = stored.stream().map(StoredPaymentStep::step).toList();
		Instant lastEventAt = row.lastEventAt();
		Instant appliedAt = row.appliedAt();
		for (StoredPaymentStep step : stored) {
			lastEventAt = latest(lastEventAt, step.step().at());
			appliedAt = latest(appliedAt, step.appliedAt());
		}
		return new OrderView(row.orderId(), row.status(), row.cancelReason(), row.lines(), row.total(), row.currency(),
				row.placedAt(), Payment.merge(steps),
				TimelineEntry.of(row.placedAt(), row.confirmedAt(), row.cancelledAt(), steps),
				new OrderFreshness(row.version(), lastEventAt, appliedAt));
	}

	private OrderRow row(ResultSet row, int number) throws SQLException {
		List<OrderLine> lines = Arrays.stream(this.json.readValue(row.getString("lines"), StoredLine[].class))
			.map((line) -> OrderLine.of(line.productId(), line.productName(), line.quantity(), line.unitPrice()))
			.toList();
		return new OrderRow(row.getObject("order_id", UUID.class), OrderStatus.valueOf(row.getString("status")),
				row.getString("cancel_reason"), lines, row.getBigDecimal("total"), row.getString("currency"),
				instant(row.getTimestamp("placed_at")), instant(row.getTimestamp("confirmed_at")),
				instant(row.getTimestamp("cancelled_at")), row.getLong("version"),
				instant(row.getTimestamp("last_event_at")), instant(row.getTimestamp("applied_at")));
	}

	private static Instant latest(Instant one, Instant other) {
		return (one == null || (other != null && other.isAfter(one))) ? other : one;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private record OrderRow(UUID orderId, OrderStatus status, String cancelReason, List<OrderLine> lines,
			BigDecimal total, String currency, Instant placedAt, Instant confirmedAt, Instant cancelledAt,
			long version, Instant lastEventAt, Instant appliedAt) {
	}

	private record StoredPaymentStep(UUID orderId, RecordedPaymentStep step, Instant appliedAt) {
	}

}
