package dev.cloudshop.product.reservation.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.cloudshop.product.reservation.FailureReason;
import dev.cloudshop.product.reservation.ReservationLine;
import dev.cloudshop.product.reservation.ReservationStatus;
import dev.cloudshop.product.reservation.Shortfall;
import dev.cloudshop.product.reservation.StockReservation;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stock_reservation table (V2__create_stock_reservation.sql): one row per order, its lines
 * and shortfalls as JSON arrays.
 */
@Repository
public class StockReservationRepository {

	/**
	 * First key of the advisory locks on orders. PostgreSQL keeps two-key advisory locks apart
	 * from one-key ones (such as the outbox relay's), so they never meet.
	 */
	private static final int ORDER_LOCKS = 0x52455356; // "RESV" in ASCII

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<ReservationLine>> LINES = new TypeReference<>() {
	};

	private static final TypeReference<List<Shortfall>> SHORTFALLS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	StockReservationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Makes the commands about one order wait for each other until the transaction ends (a
	 * transaction-scoped advisory lock), also when the order has no row yet to lock. Two orders
	 * whose ids hash alike merely wait for each other.
	 */
	public void lockOrder(UUID orderId) {
		this.jdbc.sql("select 1 from pg_advisory_xact_lock(?, ?)")
			.params(ORDER_LOCKS, orderId.hashCode())
			.query(Integer.class)
			.single();
	}

	public Optional<StockReservation> findById(UUID orderId) {
		return this.jdbc.sql("""
				select order_id, status, lines, failure_reason, unavailable, created_at, updated_at
				from stock_reservation where order_id = ?""")
			.param(orderId)
			.query(StockReservationRepository::reservation)
			.optional();
	}

	public void insert(StockReservation reservation) {
		this.jdbc.sql("""
				insert into stock_reservation (order_id, status, lines, failure_reason, unavailable, created_at, updated_at)
				values (?, ?, ?::jsonb, ?, ?::jsonb, ?, ?)""")
			.params(reservation.orderId(), reservation.status().name(), JSON.writeValueAsString(reservation.lines()),
					(reservation.failureReason() != null) ? reservation.failureReason().name() : null,
					JSON.writeValueAsString(reservation.unavailable()), Timestamp.from(reservation.createdAt()),
					Timestamp.from(reservation.updatedAt()))
			.update();
	}

	/** Stores a change of status; lines, reason and shortfalls never change. */
	public void update(StockReservation reservation) {
		this.jdbc.sql("update stock_reservation set status = ?, updated_at = ? where order_id = ?")
			.params(reservation.status().name(), Timestamp.from(reservation.updatedAt()), reservation.orderId())
			.update();
	}

	private static StockReservation reservation(ResultSet row, int number) throws SQLException {
		String failureReason = row.getString("failure_reason");
		return new StockReservation(row.getObject("order_id", UUID.class),
				ReservationStatus.valueOf(row.getString("status")), JSON.readValue(row.getString("lines"), LINES),
				(failureReason != null) ? FailureReason.valueOf(failureReason) : null,
				JSON.readValue(row.getString("unavailable"), SHORTFALLS),
				row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant());
	}

}
