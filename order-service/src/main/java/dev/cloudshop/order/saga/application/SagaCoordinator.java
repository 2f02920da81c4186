package dev.cloudshop.order.saga.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import dev.cloudshop.order.order.Order;
import dev.cloudshop.order.order.persistence.OrderRepository;
import dev.cloudshop.order.saga.OrderSaga;
import dev.cloudshop.order.saga.SagaCommand;
import dev.cloudshop.order.saga.SagaReply;
import dev.cloudshop.support.inbox.ProcessedEvents;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the {@link OrderSaga} against stored orders. Each thing that happens to an order (placed,
 * a reply, its deadline, the customer's cancel) is one transaction that holds the order's row
 * lock, changes the order, and appends its events and the saga's commands to the outbox: all of
 * it is stored, or none. A reply is applied once: its event id is recorded as processed in the
 * same transaction.
 */
@Service
public class SagaCoordinator {

	/** The name replies are recorded as processed under. */
	public static final String CONSUMER = "order-saga";

	private final OrderRepository orders;

	private final OrderSaga saga;

	private final OrderOutbox outbox;

	private final ProcessedEvents processedEvents;

	private final SagaMetrics metrics;

	private final Clock clock;

	SagaCoordinator(OrderRepository orders, OrderSaga saga, OrderOutbox outbox, ProcessedEvents processedEvents,
			SagaMetrics metrics, Clock clock) {
		this.orders = orders;
		this.saga = saga;
		this.outbox = outbox;
		this.processedEvents = processedEvents;
		this.metrics = metrics;
		this.clock = clock;
	}

	/** Begins the saga of an order just placed, in the placing transaction (which then stores it). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void begin(Order order) {
		apply(order, (now) -> this.saga.start(order, now));
	}

	/**
	 * Applies a participant's reply to its order.
	 * @param eventId the reply's {@code ce_id}
	 * @return false for a reply applied before (a redelivery), which changes nothing
	 * @throws UnknownOrderException when the reply names no order of this service
	 */
	@Transactional
	public boolean onReply(String eventId, SagaReply reply) {
		Order order = this.orders.findByIdForUpdate(reply.orderId())
			.orElseThrow(() -> new UnknownOrderException(reply.orderId()));
		if (!this.processedEvents.markProcessed(CONSUMER, eventId)) {
			return false;
		}
		apply(order, (now) -> this.saga.onReply(order, reply, now));
		return true;
	}

	/**
	 * Handles the order longest past its deadline, if there is one that no other transaction
	 * holds.
	 * @return false when no order is overdue
	 */
	@Transactional
	public boolean onNextDeadline() {
		return this.orders.lockNextOverdue(this.clock.instant()).map((order) -> {
			apply(order, (now) -> this.saga.onDeadline(order, now));
			return true;
		}).orElse(false);
	}

	/** The customer cancels the order, which the caller has locked in its transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void onCancelRequest(Order order) {
		apply(order, (now) -> this.saga.onCancelRequest(order, now));
	}

	private void apply(Order order, Function<Instant, List<SagaCommand>> decision) {
		Instant now = this.clock.instant();
		boolean endedBefore = order.hasEnded();
		List<SagaCommand> commands = decision.apply(now);
		this.outbox.append(order, commands);
		if (!endedBefore && order.hasEnded()) {
			this.metrics.ended(order, now);
		}
	}

}
