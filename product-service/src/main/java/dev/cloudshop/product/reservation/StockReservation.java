package dev.cloudshop.product.reservation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.cloudshop.product.catalog.Product;
import dev.cloudshop.product.catalog.ProductStatus;

/**
 * The units one order holds, for the order saga. An order reserves every line or none: either
 * it takes all its units (RESERVED) or nothing at all (FAILED). Releasing gives every unit back
 * once (RELEASED, final). Each order has at most one reservation, decided by the first command
 * about it, so a command sent again is answered with the same outcome and never applied twice;
 * a release that comes first leaves a RELEASED reservation without units, so a late reservation
 * fails.
 * <p>
 * The products involved must be locked by the caller, so the check of every line and the
 * taking of the units are one.
 */
public class StockReservation {

	private final UUID orderId;

	private ReservationStatus status;

	private final List<ReservationLine> lines;

	private final FailureReason failureReason;

	private final List<Shortfall> unavailable;

	private final Instant createdAt;

	private Instant updatedAt;

	/** A reservation as stored; see the factory methods for new ones. */
	public StockReservation(UUID orderId, ReservationStatus status, List<ReservationLine> lines,
			FailureReason failureReason, List<Shortfall> unavailable, Instant createdAt, Instant updatedAt) {
		this.orderId = Objects.requireNonNull(orderId, "orderId");
		this.status = Objects.requireNonNull(status, "status");
		this.lines = List.copyOf(lines);
		this.failureReason = failureReason;
		this.unavailable = List.copyOf(unavailable);
		this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
		this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
		if ((status == ReservationStatus.FAILED) && (failureReason == null)) {
			throw new IllegalArgumentException("A failed reservation has a reason");
		}
	}

	/**
	 * Reserves the order's lines (repeated products merged) from the locked products, all or
	 * none. When a product is missing or not ACTIVE the reservation fails with
	 * {@link FailureReason#PRODUCT_UNAVAILABLE}, listing those products; otherwise, when a
	 * product has fewer units than asked for, with {@link FailureReason#OUT_OF_STOCK}, listing
	 * each short line. Only when every line can be served does each product give its units
	 * ({@link Product#reserve}).
	 * @param products the products of the lines that exist, by id, locked by the caller
	 */
	public static StockReservation reserve(UUID orderId, List<ReservationLine> requested, Map<UUID, Product> products,
			Instant now) {
		List<ReservationLine> lines = ReservationLine.merge(requested);
		if (lines.isEmpty()) {
			throw new IllegalArgumentException("A reservation has at least one line");
		}
		List<Shortfall> unavailable = new ArrayList<>();
		for (ReservationLine line : lines) {
			Product product = products.get(line.productId());
			if (product == null || product.status() != ProductStatus.ACTIVE) {
				unavailable.add(new Shortfall(line.productId(), line.quantity(), 0));
			}
		}
		if (!unavailable.isEmpty()) {
			return failed(orderId, FailureReason.PRODUCT_UNAVAILABLE, unavailable, now);
		}
		List<Shortfall> shortLines = new ArrayList<>();
		for (ReservationLine line : lines) {
			Product product = products.get(line.productId());
			if (product.stock() < line.quantity()) {
				shortLines.add(new Shortfall(line.productId(), line.quantity(), product.stock()));
			}
		}
		if (!shortLines.isEmpty()) {
			return failed(orderId, FailureReason.OUT_OF_STOCK, shortLines, now);
		}
		for (ReservationLine line : lines) {
			products.get(line.productId()).reserve(line.quantity(), orderId);
		}
		return new StockReservation(orderId, ReservationStatus.RESERVED, lines, null, List.of(), now, now);
	}

	/** The mark a release leaves when the order never reserved: a late reservation then fails. */
	public static StockReservation releasedBeforeReserved(UUID orderId, Instant now) {
		return new StockReservation(orderId, ReservationStatus.RELEASED, List.of(), null, List.of(), now, now);
	}

	private static StockReservation failed(UUID orderId, FailureReason reason, List<Shortfall> unavailable,
			Instant now) {
		return new StockReservation(orderId, ReservationStatus.FAILED, List.of(), reason, unavailable, now, now);
	}

	/**
	 * Gives the units back: each product of a RESERVED reservation gets its line's units
	 * ({@link Product#release}), discontinued or not. A FAILED reservation held nothing; a
	 * RELEASED one changes no more.
	 * @param products the products of {@link #heldProducts()}, by id, locked by the caller
	 * @return whether anything changed
	 */
	public boolean release(Map<UUID, Product> products, Instant now) {
		if (this.status == ReservationStatus.RELEASED) {
			return false;
		}
		if (this.status == ReservationStatus.RESERVED) {
			for (ReservationLine line : this.lines) {
				Product product = products.get(line.productId());
				if (product == null) {
					throw new IllegalStateException(
							"Order " + this.orderId + " holds units of product " + line.productId() + ", which is gone");
				}
				product.release(line.quantity(), this.orderId);
			}
		}
		this.status = ReservationStatus.RELEASED;
		this.updatedAt = now;
		return true;
	}

	/** The products whose units the order holds now: those a release gives back to. */
	public Collection<UUID> heldProducts() {
		return (this.status == ReservationStatus.RESERVED)
				? this.lines.stream().map(ReservationLine::productId).toList() : List.of();
	}

	/**
	 * The answer to a request to reserve: the outcome of the first, repeated for every later
	 * one. A released order fails with {@link FailureReason#ORDER_RELEASED}.
	 */
	public StockReservationEvent outcome() {
		return switch (this.status) {
			case RESERVED -> new StockReserved(this.orderId, this.lines);
			case FAILED -> new StockReservationFailed(this.orderId, this.failureReason, this.unavailable);
			case RELEASED -> new StockReservationFailed(this.orderId, FailureReason.ORDER_RELEASED, List.of());
		};
	}

	/** The answer to a request to release, once released: the units given back, the same every time. */
	public StockReleased released() {
		if (this.status != ReservationStatus.RELEASED) {
			throw new IllegalStateException("Order " + this.orderId + " is not released but " + this.status);
		}
		return new StockReleased(this.orderId, this.lines);
	}

	public UUID orderId() {
		return this.orderId;
	}

	public ReservationStatus status() {
		return this.status;
	}

	/** The units the order holds (RESERVED) or gave back (RELEASED); none if it never held any. */
	public List<ReservationLine> lines() {
		return this.lines;
	}

	/** Why the reservation failed, if it did. */
	public FailureReason failureReason() {
		return this.failureReason;
	}

	/** The lines that could not be served, if the reservation failed. */
	public List<Shortfall> unavailable() {
		return this.unavailable;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	@Override
	public String toString() {
		return "StockReservation[orderId=" + this.orderId + ", status=" + this.status + "]";
	}

}
