package dev.cloudshop.query.orders.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.cloudshop.query.orders.OrderCancelled;
import dev.cloudshop.query.orders.OrderConfirmed;
import dev.cloudshop.query.orders.OrderPlaced;
import dev.cloudshop.query.orders.PaymentEvent;
import dev.cloudshop.query.projection.Envelope;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The writes of the order view. Every method runs in the caller's transaction; the caller holds
 * the order's lock ({@link #lockOrder}) and, for an order's events, has checked the version
 * order. A change of an order records the event's version, the newest event time it reflects
 * and when it was applied.
 */
@Component
public class OrderProjectionStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	OrderProjectionStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Serialises every transaction that applies events of the order or of its payment. */
	public void lockOrder(UUID orderId) {
		this.jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) locked")
			.param("key", "orders:" + orderId)
			.query(Integer.class)
			.single();
	}

	/** The order's version; 0 before its first event. */
	public long version(UUID orderId) {
		return this.jdbc.sql("select version from orders_sequence where order_id = :id")
			.param("id", orderId)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	public void recordVersion(UUID orderId, long version) {
		this.jdbc.sql("""
				insert into orders_sequence (order_id, version) values (:id, :version)
				on conflict (order_id) do update set version = excluded.version""")
			.param("id", orderId)
			.param("version", version)
			.update();
	}

	public void park(UUID orderId, Envelope event) {
		this.jdbc.sql("""
				insert into orders_parked_event (order_id, version, event_id, type, payload, event_time)
				values (:id, :version, :eventId, :type, :payload, :time)
				on conflict do nothing""")
			.param("id", orderId)
			.param("version", event.version())
			.param("eventId", event.eventId())
			.param("type", event.type())
			.param("payload", event.payload())
			.param("time", timestamp(event.time()))
			.update();
	}

	/** The order's parked events, in version order. */
	public List<Envelope> parked(UUID orderId, String aggregateType) {
		return this.jdbc.sql("""
				select event_id, order_id, version, type, event_time, payload from orders_parked_event
				where order_id = :id order by version""")
			.param("id", orderId)
			.query((row, number) -> new Envelope(row.getString("event_id"), aggregateType,
					row.getObject("order_id", UUID.class).toString(), row.getLong("version"), row.getString("type"),
					row.getTimestamp("event_time").toInstant(), row.getString("payload")))
			.list();
	}

	public void unpark(UUID orderId, long version) {
		this.jdbc.sql("delete from orders_parked_event where order_id = :id and version = :version")
			.param("id", orderId)
			.param("version", version)
			.update();
	}

	/** Stores the order, PENDING (again, should its placing come twice under different versions). */
	public void place(OrderPlaced placed, Envelope event, Instant appliedAt) {
		List<StoredLine> lines = placed.lines()
			.stream()
			.map((line) -> new StoredLine(line.productId(), line.productName(), line.quantity(), line.unitPrice()))
			.toList();
		this.jdbc.sql("""
				insert into orders_order (order_id, customer_id, status, lines, total, currency, placed_at, version,
				    last_event_at, applied_at)
				values (:id, :customerId, 'PENDING', cast(:lines as jsonb), :total, :currency, :placedAt, :version,
				    :time, :appliedAt)
				on conflict (order_id) do update set customer_id = excluded.customer_id, lines = excluded.lines,
				    total = excluded.total, currency = excluded.currency, placed_at = excluded.placed_at,
				    version = excluded.version,
				    last_event_at = greatest(orders_order.last_event_at, excluded.last_event_at),
				    applied_at = excluded.applied_at""")
			.param("id", placed.orderId())
			.param("customerId", placed.customerId())
			.param("lines", this.json.writeValueAsString(lines))
			.param("total", placed.total())
			.param("currency", placed.currency())
			.param("placedAt", timestamp(placed.placedAt()))
			.param("version", event.version())
			.param("time", timestamp(event.time()))
			.param("appliedAt", timestamp(appliedAt))
			.update();
	}

	/** @return whether the order is there to change */
	public boolean confirm(OrderConfirmed confirmed, Envelope event, Instant appliedAt) {
		return this.jdbc.sql("""
				update orders_order set status = 'CONFIRMED', confirmed_at = :confirmedAt, version = :version,
				    last_event_at = greatest(last_event_at, :time), applied_at = :appliedAt
				where order_id = :id""")
			.param("confirmedAt", timestamp(confirmed.confirmedAt()))
			.param("version", event.version())
			.param("time", timestamp(event.time()))
			.param("appliedAt", timestamp(appliedAt))
			.param("id", confirmed.orderId())
			.update() == 1;
	}

	/** @return whether the order is there to change */
	public boolean cancel(OrderCancelled cancelled, Envelope event, Instant appliedAt) {
		return this.jdbc.sql("""
				update orders_order set status = 'CANCELLED', cancel_reason = :reason, cancelled_at = :cancelledAt,
				    version = :version, last_event_at = greatest(last_event_at, :time), applied_at = :appliedAt
				where order_id = :id""")
			.param("reason", cancelled.reason())
			.param("cancelledAt", timestamp(cancelled.cancelledAt()))
			.param("version", event.version())
			.param("time", timestamp(event.time()))
			.param("appliedAt", timestamp(appliedAt))
			.param("id", cancelled.orderId())
			.update() == 1;
	}

	/** Records the version of an event the view does not read on the order's row, if there is one. */
	public void advance(UUID orderId, Envelope event, Instant appliedAt) {
		this.jdbc.sql("""
				update orders_order set version = :version, last_event_at = greatest(last_event_at, :time),
				    applied_at = :appliedAt
				where order_id = :id""")
			.param("version", event.version())
			.param("time", timestamp(event.time()))
			.param("appliedAt", timestamp(appliedAt))
			.param("id", orderId)
			.update();
	}

	/**
	 * Keeps a payment step of the order, unless one of that step is kept already.
	 * @return whether it is new
	 */
	public boolean recordPaymentStep(PaymentEvent payment, Envelope event, Instant appliedAt) {
		return this.jdbc.sql("""
				insert into orders_payment_step (order_id, step, customer_id, amount, currency, reason, event_time,
				    applied_at)
				values (:id, :step, :customerId, :amount, :currency, :reason, :time, :appliedAt)
				on conflict (order_id, step) do nothing""")
			.param("id", payment.orderId())
			.param("step", payment.step().name())
			.param("customerId", payment.customerId())
			.param("amount", payment.amount())
			.param("currency", payment.currency())
			.param("reason", payment.reason())
			.param("time", timestamp(event.time()))
			.param("appliedAt", timestamp(appliedAt))
			.update() == 1;
	}

	static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
