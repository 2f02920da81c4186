package dev.cloudshop.order.saga;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import dev.cloudshop.order.order.CancelReason;
import dev.cloudshop.order.order.Compensation;
import dev.cloudshop.order.order.Order;
import dev.cloudshop.order.order.OrderStatus;
import dev.cloudshop.order.saga.SagaCommand.AuthorizePayment;
import dev.cloudshop.order.saga.SagaCommand.RefundPayment;
import dev.cloudshop.order.saga.SagaCommand.ReleaseStock;
import dev.cloudshop.order.saga.SagaCommand.ReserveStock;
import dev.cloudshop.order.saga.SagaReply.PaymentAuthorized;
import dev.cloudshop.order.saga.SagaReply.PaymentDeclined;
import dev.cloudshop.order.saga.SagaReply.PaymentRefunded;
import dev.cloudshop.order.saga.SagaReply.StockReleased;
import dev.cloudshop.order.saga.SagaReply.StockReservationFailed;
import dev.cloudshop.order.saga.SagaReply.StockReserved;

/**
 * The order saga, orchestrated by order-service: given an order and what just happened (it was
 * placed, a reply arrived, its deadline passed, the customer cancelled), it moves the order on
 * and says which commands to send. Pure: the caller holds the order's row lock, and stores the
 * order and appends the commands in one transaction.
 * <p>
 * The rules, read off the {@link Step} table:
 * <ul>
 * <li>a step's success reply starts the next step, or confirms the order after the last;</li>
 * <li>a step's failure reply undoes the steps before it and cancels the order for the step's
 * reason;</li>
 * <li>a step that times out, or a customer's cancel, undoes that step and the ones before it
 * (its command may still take effect) and cancels the order (TIMEOUT, CUSTOMER_CANCELLED);</li>
 * <li>an order with something to undo is COMPENSATING until every compensation is acknowledged,
 * then CANCELLED; unacknowledged compensations are sent again when their deadline passes;</li>
 * <li>a success reply arriving after the order gave the step up (a late StockReserved or
 * PaymentAuthorized for a cancelled order) is undone at once, unless its compensation is
 * already on its way;</li>
 * <li>any other reply (repeated, stray, or about a step the order has left) changes nothing.</li>
 * </ul>
 * A step's command is sent once per order: only entering the step sends it. Compensations may be
 * sent more than once; the participants apply them once.
 */
public final class OrderSaga {

	private static final List<SagaCommand> NOTHING = List.of();

	/**
	 * The steps, in order. Per step: the order's status while the step's reply is awaited, and
	 * how long that may take; the command that starts the step and the reply that ends it well;
	 * the reply that ends it badly and the reason the order is then cancelled for; what undoes
	 * the step, the command that does it and the reply that acknowledges it.
	 */
	enum Step {

		RESERVE_STOCK(OrderStatus.PENDING, SagaTimeouts::stock,
				ReserveStock::of, StockReserved.class,
				StockReservationFailed.class, CancelReason.OUT_OF_STOCK,
				Compensation.RELEASE_STOCK, ReleaseStock::of, StockReleased.class),

		AUTHORIZE_PAYMENT(OrderStatus.AWAITING_PAYMENT, SagaTimeouts::payment,
				AuthorizePayment::of, PaymentAuthorized.class,
				PaymentDeclined.class, CancelReason.PAYMENT_DECLINED,
				Compensation.REFUND_PAYMENT, RefundPayment::of, PaymentRefunded.class);

		private final OrderStatus awaitedAs;

		private final Function<SagaTimeouts, Duration> timeout;

		private final Function<Order, SagaCommand> command;

		private final Class<? extends SagaReply> success;

		private final Class<? extends SagaReply> failure;

		private final CancelReason failureReason;

		private final Compensation compensation;

		private final Function<Order, SagaCommand> compensationCommand;

		private final Class<? extends SagaReply> compensated;

		Step(OrderStatus awaitedAs, Function<SagaTimeouts, Duration> timeout, Function<Order, SagaCommand> command,
				Class<? extends SagaReply> success, Class<? extends SagaReply> failure, CancelReason failureReason,
				Compensation compensation, Function<Order, SagaCommand> compensationCommand,
				Class<? extends SagaReply> compensated) {
			this.awaitedAs = awaitedAs;
			this.timeout = timeout;
			this.command = command;
			this.success = success;
			this.failure = failure;
			this.failureReason = failureReason;
			this.compensation = compensation;
			this.compensationCommand = compensationCommand;
			this.compensated = compensated;
		}

		static Step awaitedAs(OrderStatus status) {
			return Arrays.stream(values())
				.filter((step) -> step.awaitedAs == status)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No step is awaited in " + status));
		}

		static Optional<Step> succeededBy(SagaReply reply) {
			return Arrays.stream(values()).filter((step) -> step.success.isInstance(reply)).findFirst();
		}

		static Optional<Step> compensatedBy(SagaReply reply) {
			return Arrays.stream(values()).filter((step) -> step.compensated.isInstance(reply)).findFirst();
		}

		static Step undoing(Compensation compensation) {
			return Arrays.stream(values())
				.filter((step) -> step.compensation == compensation)
				.findFirst()
				.orElseThrow();
		}

		Optional<Step> next() {
			return (ordinal() + 1 < values().length) ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
		}

		/** The steps done before this one. */
		List<Step> before() {
			return List.of(values()).subList(0, ordinal());
		}

		/** This step and the ones before it. */
		List<Step> upToHere() {
			return List.of(values()).subList(0, ordinal() + 1);
		}

	}

	private final SagaTimeouts timeouts;

	public OrderSaga(SagaTimeouts timeouts) {
		this.timeouts = timeouts;
	}

	/** The order was placed: the first step begins. */
	public List<SagaCommand> start(Order order, Instant now) {
		Step first = Step.values()[0];
		order.expectReplyBy(dueBy(first, now));
		return List.of(first.command.apply(order));
	}

	/** A participant replied. */
	public List<SagaCommand> onReply(Order order, SagaReply reply, Instant now) {
		if (order.hasEnded()) {
			return undoLateSuccess(order, reply);
		}
		if (order.status() == OrderStatus.COMPENSATING) {
			return acknowledge(order, reply, now);
		}
		Step awaited = Step.awaitedAs(order.status());
		if (awaited.success.isInstance(reply)) {
			return succeeded(order, awaited, now);
		}
		if (awaited.failure.isInstance(reply)) {
			return cancel(order, awaited.failureReason, awaited.before(), now);
		}
		return NOTHING;
	}

	/** The order's deadline passed (checked again here, under the order's lock). */
	public List<SagaCommand> onDeadline(Order order, Instant now) {
		if (!order.isOverdue(now)) {
			return NOTHING;
		}
		if (order.status() == OrderStatus.COMPENSATING) {
			return compensateAgain(order, now);
		}
		return cancel(order, CancelReason.TIMEOUT, Step.awaitedAs(order.status()).upToHere(), now);
	}

	/**
	 * The customer cancels. An order already being cancelled, or cancelled, stays as it is.
	 * @throws dev.cloudshop.order.order.OrderNotCancellableException once the order is confirmed
	 */
	public List<SagaCommand> onCancelRequest(Order order, Instant now) {
		order.requireCancellable();
		if (!order.status().isAwaitingReply()) {
			return NOTHING;
		}
		return cancel(order, CancelReason.CUSTOMER_CANCELLED, Step.awaitedAs(order.status()).upToHere(), now);
	}

	private List<SagaCommand> succeeded(Order order, Step step, Instant now) {
		Optional<Step> next = step.next();
		if (next.isEmpty()) {
			order.confirm(now);
			return NOTHING;
		}
		order.proceedTo(next.get().awaitedAs, dueBy(next.get(), now), now);
		return List.of(next.get().command.apply(order));
	}

	/** Cancels the order at once when nothing is to be undone, else after undoing the given steps. */
	private List<SagaCommand> cancel(Order order, CancelReason reason, List<Step> done, Instant now) {
		if (done.isEmpty()) {
			order.cancel(reason, now);
			return NOTHING;
		}
		Set<Compensation> compensations = EnumSet.noneOf(Compensation.class);
		done.forEach((step) -> compensations.add(step.compensation));
		order.compensate(reason, compensations, now.plus(this.timeouts.compensationRetry()), now);
		return compensationsOf(order);
	}

	private List<SagaCommand> acknowledge(Order order, SagaReply reply, Instant now) {
		Optional<Step> undone = Step.compensatedBy(reply);
		if (undone.isPresent()) {
			order.compensated(undone.get().compensation, now);
			return NOTHING;
		}
		return undoLateSuccess(order, reply);
	}

	private List<SagaCommand> undoLateSuccess(Order order, SagaReply reply) {
		return Step.succeededBy(reply)
			.filter((step) -> order.status() != OrderStatus.CONFIRMED && !order.awaitsCompensation(step.compensation))
			.map((step) -> List.of(step.compensationCommand.apply(order)))
			.orElse(NOTHING);
	}

	private List<SagaCommand> compensateAgain(Order order, Instant now) {
		order.expectReplyBy(now.plus(this.timeouts.compensationRetry()));
		return compensationsOf(order);
	}

	/** The commands undoing what the order still awaits to have undone, latest step first. */
	private static List<SagaCommand> compensationsOf(Order order) {
		List<Step> steps = new ArrayList<>();
		order.pendingCompensations().forEach((compensation) -> steps.add(Step.undoing(compensation)));
		steps.sort(Collections.reverseOrder());
		return steps.stream().map((step) -> step.compensationCommand.apply(order)).toList();
	}

	private Instant dueBy(Step step, Instant now) {
		return now.plus(step.timeout.apply(this.timeouts));
	}

}
