package dev.cloudshop.query.sales.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import dev.cloudshop.query.projection.Envelope;
import dev.cloudshop.query.sales.OrderCancelled;
import dev.cloudshop.query.sales.OrderConfirmed;
import dev.cloudshop.query.sales.OrderPlaced;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The writes of the sales figures. Every method runs in the caller's transaction, which holds
 * the order's lock ({@link #lockOrder}). Each keeps a fact once (the first confirmation or
 * cancellation time wins, lines are stored once), whatever order the facts come in: lines that
 * come after their order's confirmation take its time at once; a confirmation that comes after
 * the lines stamps them.
 */
@Component
public class SalesStore {

	private final JdbcClient jdbc;

	SalesStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Serialises every transaction that applies events of the order. */
	public void lockOrder(UUID orderId) {
		this.jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) locked")
			.param("key", "sales:" + orderId)
			.query(Integer.class)
			.single();
	}

	public void placed(OrderPlaced placed, Envelope event, Instant appliedAt) {
		touch(placed.orderId(), event, appliedAt);
		for (OrderPlaced.Line line : placed.lines()) {
			this.jdbc.sql("""
					insert into sales_line (order_id, product_id, product_name, quantity, line_total, currency,
					    confirmed_at)
					values (:id, :productId, :productName, :quantity, :lineTotal, :currency,
					    (select confirmed_at from sales_order where order_id = :id))
					on conflict (order_id, product_id) do nothing""")
				.param("id", placed.orderId())
				.param("productId", line.productId())
				.param("productName", line.productName())
				.param("quantity", line.quantity())
				.param("lineTotal", line.total())
				.param("currency", placed.currency())
				.update();
		}
	}

	public void confirmed(OrderConfirmed confirmed, Envelope event, Instant appliedAt) {
		this.jdbc.sql("""
				insert into sales_order (order_id, total, currency, confirmed_at, last_event_at, applied_at)
				values (:id, :total, :currency, :confirmedAt, :time, :appliedAt)
				on conflict (order_id) do update set total = coalesce(sales_order.total, excluded.total),
				    currency = coalesce(sales_order.currency, excluded.currency),
				    confirmed_at = coalesce(sales_order.confirmed_at, excluded.confirmed_at),
				    last_event_at = greatest(sales_order.last_event_at, excluded.last_event_at),
				    applied_at = excluded.applied_at""")
			.param("id", confirmed.orderId())
			.param("total", confirmed.total())
			.param("currency", confirmed.currency())
			.param("confirmedAt", timestamp(confirmed.confirmedAt()))
			.param("time", timestamp(event.time()))
			.param("appliedAt", timestamp(appliedAt))
			.update();
		this.jdbc.sql("""
				update sales_line set confirmed_at = (select confirmed_at from sales_order where order_id = :id)
				where order_id = :id and confirmed_at is null""")
			.param("id", confirmed.orderId())
			.update();
	}

	public void cancelled(OrderCancelled cancelled, Envelope event, Instant appliedAt) {
		this.jdbc.sql("""
				insert into sales_order (order_id, cancelled_at, last_event_at, applied_at)
				values (:id, :cancelledAt, :time, :appliedAt)
				on conflict (order_id) do update set
				    cancelled_at = coalesce(sales_order.cancelled_at, excluded.cancelled_at),
				    last_event_at = greatest(sales_order.last_event_at, excluded.last_event_at),
				    applied_at = excluded.applied_at""")
			.param("id", cancelled.orderId())
			.param("cancelledAt", timestamp(cancelled.cancelledAt()))
			.param("time", timestamp(event.time()))
			.param("appliedAt", timestamp(appliedAt))
			.update();
	}

	private void touch(UUID orderId, Envelope event, Instant appliedAt) {
		this.jdbc.sql("""
				insert into sales_order (order_id, last_event_at, applied_at) values (:id, :time, :appliedAt)
				on conflict (order_id) do update set
				    last_event_at = greatest(sales_order.last_event_at, excluded.last_event_at),
				    applied_at = excluded.applied_at""")
			.param("id", orderId)
			.param("time", timestamp(event.time()))
			.param("appliedAt", timestamp(appliedAt))
			.update();
	}

	static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
