package dev.cloudshop.query.sales.projection;

import java.time.Clock;
import java.time.Instant;

import dev.cloudshop.query.projection.Envelope;
import dev.cloudshop.query.projection.ProjectionLag;
import dev.cloudshop.query.sales.IncomingEvent;
import dev.cloudshop.query.sales.OrderCancelled;
import dev.cloudshop.query.sales.OrderConfirmed;
import dev.cloudshop.query.sales.OrderPlaced;
import dev.cloudshop.query.sales.UnknownEvent;
import dev.cloudshop.query.sales.persistence.SalesStore;
import dev.cloudshop.support.inbox.ProcessedEvents;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies order events to the sales figures, each in a transaction of its own, exactly once:
 * the order is locked (a PostgreSQL advisory lock), the event id is recorded in
 * {@link ProcessedEvents} (consumer {@value #CONSUMER}; an id seen before is skipped), and the
 * fact it brings is kept once ({@link SalesStore}). The facts of an order (its lines, its
 * confirmation, its cancellation) combine the same whatever order they come in, so the figures
 * need no version order: an order confirmed before its placing was seen counts as confirmed at
 * once, and its units as soon as its lines come.
 */
@Component
public class SalesProjector {

	/** The name under which the figures' applied events are remembered. */
	static final String CONSUMER = "sales";

	private static final Log logger = LogFactory.getLog(SalesProjector.class);

	private final SalesStore store;

	private final ProcessedEvents processedEvents;

	private final TransactionTemplate transactions;

	private final ProjectionLag lag;

	private final Clock clock;

	SalesProjector(SalesStore store, ProcessedEvents processedEvents, PlatformTransactionManager transactionManager,
			MeterRegistry meters, Clock clock) {
		this.store = store;
		this.processedEvents = processedEvents;
		this.transactions = new TransactionTemplate(transactionManager);
		this.lag = new ProjectionLag(meters, "sales");
		this.clock = clock;
	}

	public void apply(IncomingEvent incoming) {
		Envelope envelope = incoming.envelope();
		if (!incoming.isOfAnOrder()) {
			logger.debug(envelope.describe() + " is not about an order");
			return;
		}
		if (incoming.event() instanceof UnknownEvent) {
			logger.warn(envelope.describe() + " is of a type the sales figures do not read; it changes nothing");
			return;
		}
		this.transactions.executeWithoutResult((transaction) -> {
			Instant appliedAt = this.clock.instant();
			this.store.lockOrder(incoming.event().orderId());
			if (!this.processedEvents.markProcessed(CONSUMER, envelope.eventId())) {
				logger.debug("Event " + envelope.eventId() + " was applied to the sales figures before");
				return;
			}
			if (incoming.event() instanceof OrderPlaced placed) {
				this.store.placed(placed, envelope, appliedAt);
			}
			else if (incoming.event() instanceof OrderConfirmed confirmed) {
				this.store.confirmed(confirmed, envelope, appliedAt);
			}
			else if (incoming.event() instanceof OrderCancelled cancelled) {
				this.store.cancelled(cancelled, envelope, appliedAt);
			}
		});
		this.lag.applied(envelope.time(), this.clock.instant());
	}

}
