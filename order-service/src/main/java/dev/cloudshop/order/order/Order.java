package dev.cloudshop.order.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A customer's order and the state of its saga. The order owns its state machine:
 * <pre>
 * PENDING ──stock reserved──▶ AWAITING_PAYMENT ──paid──▶ CONFIRMED
 *    │                              │
 *    └──── nothing to undo ─────────┼──────────────────▶ CANCELLED
 *    └──── something to undo ──▶ COMPENSATING ──all undone──▶ CANCELLED
 * </pre>
 * While a participant's reply is awaited the order has a deadline; past it, the saga times the
 * step out. While COMPENSATING it knows which {@link Compensation}s are still unacknowledged.
 * Every transition is kept in the status history with its time. Every order ends CONFIRMED or
 * CANCELLED, and then changes no more.
 * <p>
 * Its version counts the {@link OrderEvent}s it recorded: 1 once placed, 2 once ended. Callers
 * hold the order's row lock while they change it.
 * <p>
 * Plain Java: {@code META-INF/orm.xml} maps it to its tables.
 */
public class Order {

	public static final int MAX_LINES = 50;

	/** Amounts carry two decimals, as prices do. */
	public static final int MONEY_SCALE = 2;

	private UUID id;

	private UUID customerId;

	private OrderStatus status;

	private CancelReason cancelReason;

	private List<OrderLine> lines = new ArrayList<>();

	private BigDecimal total;

	private Currency currency;

	private Instant placedAt;

	private Instant deadline;

	private boolean stockReleasePending;

	private boolean refundPending;

	private List<StatusChange> history = new ArrayList<>();

	private long version;

	private final List<RecordedEvent> recordedEvents = new ArrayList<>();

	/** For the persistence mapping only. */
	protected Order() {
	}

	/**
	 * A new PENDING order of 1 to {@value #MAX_LINES} lines, each of another product, all priced
	 * in one currency; it has recorded {@link OrderPlaced}.
	 */
	public static Order place(UUID id, UUID customerId, List<OrderLine> lines, Currency currency, Instant now) {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(customerId, "customerId");
		Objects.requireNonNull(currency, "currency");
		if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES) {
			throw new IllegalArgumentException("An order has 1 to " + MAX_LINES + " lines");
		}
		Set<UUID> products = new HashSet<>();
		for (OrderLine line : lines) {
			if (!products.add(line.productId())) {
				throw new IllegalArgumentException("An order names each product once: " + line.productId());
			}
		}
		Order order = new Order();
		order.id = id;
		order.customerId = customerId;
		order.lines = new ArrayList<>(lines);
		order.total = lines.stream()
			.map(OrderLine::total)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(MONEY_SCALE, RoundingMode.UNNECESSARY);
		order.currency = currency;
		order.placedAt = now;
		order.moveTo(OrderStatus.PENDING, now);
		order.record(new OrderPlaced(id, customerId,
				lines.stream()
					.map((line) -> new OrderPlaced.Line(line.productId(), line.productName(), line.quantity(),
							line.unitPrice()))
					.toList(),
				order.total, currency.getCurrencyCode(), now));
		return order;
	}

	/** The saga awaits a reply (or the acknowledgement of its compensations) until then. */
	public void expectReplyBy(Instant deadline) {
		Objects.requireNonNull(deadline, "deadline");
		requireNotEnded();
		this.deadline = deadline;
	}

	/**
	 * The step the order awaited succeeded: it goes on to the next one, whose reply is due by
	 * the given time (PENDING → AWAITING_PAYMENT).
	 */
	public void proceedTo(OrderStatus next, Instant dueBy, Instant now) {
		Objects.requireNonNull(dueBy, "dueBy");
		if (next == null || !next.isAwaitingReply() || this.status.next() != next) {
			throw illegalMove("proceed to " + next);
		}
		this.deadline = dueBy;
		moveTo(next, now);
	}

	/** Stock reserved and paid: the order is CONFIRMED and records {@link OrderConfirmed}. */
	public void confirm(Instant now) {
		if (this.status.next() != OrderStatus.CONFIRMED) {
			throw illegalMove("confirm");
		}
		this.deadline = null;
		moveTo(OrderStatus.CONFIRMED, now);
		record(new OrderConfirmed(this.id, this.customerId, this.total, this.currency.getCurrencyCode(), now));
	}

	/**
	 * The order is to be cancelled, but what was done must be undone first: it is COMPENSATING
	 * until each compensation is acknowledged ({@link #compensated}), or sent again at
	 * {@code retryAt}.
	 */
	public void compensate(CancelReason reason, Set<Compensation> compensations, Instant retryAt, Instant now) {
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(retryAt, "retryAt");
		if (compensations.isEmpty()) {
			throw new IllegalArgumentException("Compensating means something is to be undone");
		}
		if (!this.status.isAwaitingReply()) {
			throw illegalMove("compensate");
		}
		this.cancelReason = reason;
		this.stockReleasePending = compensations.contains(Compensation.RELEASE_STOCK);
		this.refundPending = compensations.contains(Compensation.REFUND_PAYMENT);
		this.deadline = retryAt;
		moveTo(OrderStatus.COMPENSATING, now);
	}

	/**
	 * A participant acknowledged a compensation. Once none is left, the order is CANCELLED and
	 * records {@link OrderCancelled}. An acknowledgement of nothing pending changes nothing.
	 */
	public void compensated(Compensation compensation, Instant now) {
		if (this.status != OrderStatus.COMPENSATING || !awaitsCompensation(compensation)) {
			return;
		}
		if (compensation == Compensation.RELEASE_STOCK) {
			this.stockReleasePending = false;
		}
		else {
			this.refundPending = false;
		}
		if (pendingCompensations().isEmpty()) {
			becomeCancelled(now);
		}
	}

	/** Cancels an order that has nothing to undo: it is CANCELLED and records {@link OrderCancelled}. */
	public void cancel(CancelReason reason, Instant now) {
		Objects.requireNonNull(reason, "reason");
		if (!this.status.isAwaitingReply()) {
			throw illegalMove("cancel");
		}
		this.cancelReason = reason;
		becomeCancelled(now);
	}

	/** @throws OrderNotCancellableException once the order is confirmed */
	public void requireCancellable() {
		if (this.status == OrderStatus.CONFIRMED) {
			throw new OrderNotCancellableException(this.id, this.status);
		}
	}

	/** The events recorded since the last call, oldest first, each with its order version. */
	public List<RecordedEvent> releaseEvents() {
		List<RecordedEvent> released = List.copyOf(this.recordedEvents);
		this.recordedEvents.clear();
		return released;
	}

	public boolean awaitsCompensation(Compensation compensation) {
		return pendingCompensations().contains(compensation);
	}

	/** The compensations sent and not yet acknowledged; empty unless COMPENSATING. */
	public Set<Compensation> pendingCompensations() {
		Set<Compensation> pending = EnumSet.noneOf(Compensation.class);
		if (this.stockReleasePending) {
			pending.add(Compensation.RELEASE_STOCK);
		}
		if (this.refundPending) {
			pending.add(Compensation.REFUND_PAYMENT);
		}
		return pending;
	}

	/** Past its deadline: the awaited reply (or acknowledgement) is late. */
	public boolean isOverdue(Instant now) {
		return this.deadline != null && !now.isBefore(this.deadline);
	}

	public boolean hasEnded() {
		return this.status.hasEnded();
	}

	public UUID id() {
		return this.id;
	}

	public UUID customerId() {
		return this.customerId;
	}

	public OrderStatus status() {
		return this.status;
	}

	/** Why the order is being or was cancelled; null otherwise. */
	public CancelReason cancelReason() {
		return this.cancelReason;
	}

	public List<OrderLine> lines() {
		return List.copyOf(this.lines);
	}

	public BigDecimal total() {
		return this.total;
	}

	public Currency currency() {
		return this.currency;
	}

	public Instant placedAt() {
		return this.placedAt;
	}

	/** When the awaited reply is due; null once the order has ended. */
	public Instant deadline() {
		return this.deadline;
	}

	/** Every status the order reached, oldest first. */
	public List<StatusChange> history() {
		return List.copyOf(this.history);
	}

	/** Counts the events the order recorded (1 placed, 2 ended). */
	public long version() {
		return this.version;
	}

	/** Counts the order's transitions (its history entries); changes whenever the order does. */
	public int revision() {
		return this.history.size();
	}

	private void becomeCancelled(Instant now) {
		this.deadline = null;
		moveTo(OrderStatus.CANCELLED, now);
		record(new OrderCancelled(this.id, this.customerId, this.cancelReason, now));
	}

	private void moveTo(OrderStatus next, Instant now) {
		Objects.requireNonNull(now, "now");
		this.status = next;
		this.history.add(new StatusChange(next, now, this.cancelReason));
	}

	private void requireNotEnded() {
		if (hasEnded()) {
			throw illegalMove("wait for a reply");
		}
	}

	private IllegalStateException illegalMove(String move) {
		return new IllegalStateException("Order " + this.id + " is " + this.status + " and cannot " + move);
	}

	private void record(OrderEvent event) {
		this.version++;
		this.recordedEvents.add(new RecordedEvent(this.version, event));
	}

	@Override
	public String toString() {
		return "Order[id=" + this.id + ", status=" + this.status + ", version=" + this.version + "]";
	}

}
