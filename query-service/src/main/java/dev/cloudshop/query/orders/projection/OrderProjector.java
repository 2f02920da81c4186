package dev.cloudshop.query.orders.projection;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.cloudshop.query.orders.IncomingEvent;
import dev.cloudshop.query.orders.OrderCancelled;
import dev.cloudshop.query.orders.OrderConfirmed;
import dev.cloudshop.query.orders.OrderPlaced;
import dev.cloudshop.query.orders.OrdersEvent;
import dev.cloudshop.query.orders.PaymentEvent;
import dev.cloudshop.query.orders.UnknownEvent;
import dev.cloudshop.query.orders.persistence.OrderProjectionStore;
import dev.cloudshop.query.projection.Envelope;
import dev.cloudshop.query.projection.MalformedEventException;
import dev.cloudshop.query.projection.ProjectionLag;
import dev.cloudshop.query.projection.Sequencing;
import dev.cloudshop.support.inbox.ProcessedEvents;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the events of orders and of their payments to the order view, each in a transaction
 * of its own, exactly once (events of other aggregates on the same topics, such as accounts, are
 * left alone):
 * <ol>
 * <li>the order is locked (a PostgreSQL advisory lock), so its events and its payment's,
 * which arrive on two topics and may be handled by two threads, never apply side by side;</li>
 * <li>the event id is recorded in {@link ProcessedEvents} (consumer {@value #CONSUMER}); an id
 * seen before is skipped;</li>
 * <li>an order's event goes by version: one already reached is a duplicate and skipped, the
 * next one is applied and then the parked events behind it, a later one is parked until the gap
 * closes (an order's end that comes before its placing waits for it);</li>
 * <li>a payment's event is kept as the step it is, once per order and step whatever its event
 * id or version (payment versions have gaps and repeats); the view merges the steps by state.</li>
 * </ol>
 */
@Component
public class OrderProjector {

	/** The name under which the view's applied events are remembered. */
	static final String CONSUMER = "orders";

	private static final Log logger = LogFactory.getLog(OrderProjector.class);

	private final OrderProjectionStore store;

	private final ProcessedEvents processedEvents;

	private final OrderEventDecoder decoder;

	private final TransactionTemplate transactions;

	private final OrderChanges changes;

	private final ProjectionLag lag;

	private final Clock clock;

	OrderProjector(OrderProjectionStore store, ProcessedEvents processedEvents, OrderEventDecoder decoder,
			PlatformTransactionManager transactionManager, OrderChanges changes, MeterRegistry meters, Clock clock) {
		this.store = store;
		this.processedEvents = processedEvents;
		this.decoder = decoder;
		this.transactions = new TransactionTemplate(transactionManager);
		this.changes = changes;
		this.lag = new ProjectionLag(meters, "orders");
		this.clock = clock;
	}

	/** Applies an event, then wakes the queries waiting for a change. */
	public void apply(IncomingEvent event) {
		if (!event.isOfAnOrder() && !event.isOfAPayment()) {
			logger.debug(event.envelope().describe() + " is not about an order");
			return;
		}
		Envelope envelope = event.envelope();
		UUID orderId = UUID.fromString(envelope.aggregateId());
		this.transactions.executeWithoutResult((transaction) -> {
			Instant appliedAt = this.clock.instant();
			this.store.lockOrder(orderId);
			if (!this.processedEvents.markProcessed(CONSUMER, envelope.eventId())) {
				logger.debug("Event " + envelope.eventId() + " was applied to the order view before");
				return;
			}
			if (event.isOfAPayment()) {
				applyPayment(envelope, event.event(), appliedAt);
			}
			else {
				applyInOrder(orderId, envelope, event.event(), appliedAt);
			}
		});
		this.lag.applied(envelope.time(), this.clock.instant());
		this.changes.signal();
	}

	private void applyPayment(Envelope envelope, OrdersEvent event, Instant appliedAt) {
		if (event instanceof PaymentEvent payment) {
			if (!this.store.recordPaymentStep(payment, envelope, appliedAt)) {
				logger.debug(envelope.describe() + " repeats the payment step " + payment.step() + " of its order");
			}
		}
		else {
			logger.warn(envelope.describe() + " is of a type this service does not read; the order view ignores it");
		}
	}

	private void applyInOrder(UUID orderId, Envelope envelope, OrdersEvent event, Instant appliedAt) {
		long current = this.store.version(orderId);
		switch (Sequencing.next(current, envelope.version())) {
			case SKIP_DUPLICATE -> logger.debug(envelope.describe() + " is a duplicate: version " + current
					+ " was reached");
			case PARK -> {
				logger.info(envelope.describe() + " parked: waiting for version " + (current + 1));
				this.store.park(orderId, envelope);
			}
			case APPLY -> {
				apply(orderId, envelope, event, appliedAt);
				drainParked(orderId, envelope.version(), appliedAt);
			}
		}
	}

	private void drainParked(UUID orderId, long applied, Instant appliedAt) {
		List<Envelope> parked = this.store.parked(orderId, OrdersEvent.ORDER);
		if (parked.isEmpty()) {
			return;
		}
		List<Long> drainable = Sequencing.drainable(applied, parked.stream().map(Envelope::version).toList());
		for (Envelope waiting : parked) {
			if (waiting.version() <= applied || drainable.contains(waiting.version())) {
				if (waiting.version() > applied) {
					apply(orderId, waiting, decodeParked(waiting), appliedAt);
				}
				this.store.unpark(orderId, waiting.version());
			}
		}
	}

	/** A parked event was read once already; should this version of the service no longer read it, it only advances the version. */
	private OrdersEvent decodeParked(Envelope parked) {
		try {
			return this.decoder.decode(parked);
		}
		catch (MalformedEventException ex) {
			logger.warn(parked.describe() + " was parked but can no longer be read (" + ex.getMessage()
					+ "); it only advances the version");
			return new UnknownEvent(parked.type());
		}
	}

	private void apply(UUID orderId, Envelope envelope, OrdersEvent event, Instant appliedAt) {
		boolean found = true;
		if (event instanceof OrderPlaced placed) {
			this.store.place(placed, envelope, appliedAt);
		}
		else if (event instanceof OrderConfirmed confirmed) {
			found = this.store.confirm(confirmed, envelope, appliedAt);
		}
		else if (event instanceof OrderCancelled cancelled) {
			found = this.store.cancel(cancelled, envelope, appliedAt);
		}
		else {
			logger.warn(envelope.describe() + " is of a type this service does not read; it only advances the version");
			this.store.advance(orderId, envelope, appliedAt);
		}
		if (!found) {
			logger.warn(envelope.describe() + " changes nothing: the order's placing was not read");
		}
		this.store.recordVersion(orderId, envelope.version());
	}

}
