package dev.cloudshop.product.reservation.messaging;

import java.util.Map;

import dev.cloudshop.product.catalog.messaging.ProductEventOutbox;
import dev.cloudshop.product.reservation.StockReleased;
import dev.cloudshop.product.reservation.StockReservationEvent;
import dev.cloudshop.product.reservation.StockReservationFailed;
import dev.cloudshop.product.reservation.StockReserved;
import dev.cloudshop.product.reservation.application.ReservationReplies;
import dev.cloudshop.support.outbox.Outbox;
import dev.cloudshop.support.outbox.OutboxEvent;

import org.springframework.stereotype.Component;

/**
 * Hands the saga's replies to the transactional outbox, which publishes them to
 * {@code product.events} after the surrounding transaction commits, beside the products'
 * events: aggregate type {@value #AGGREGATE_TYPE}, key and aggregate id = the order id,
 * version 1 for the outcome of a reservation and 2 for its release, CloudEvents type as listed
 * in {@link #TYPES}.
 */
@Component
class ReservationReplyOutbox implements ReservationReplies {

	static final String AGGREGATE_TYPE = "StockReservation";

	/** The CloudEvents type of each reply: the wire contract, with a golden sample per entry. */
	static final Map<Class<? extends StockReservationEvent>, String> TYPES = Map.of(
			StockReserved.class, "cloudshop.product.StockReserved.v1",
			StockReservationFailed.class, "cloudshop.product.StockReservationFailed.v1",
			StockReleased.class, "cloudshop.product.StockReleased.v1");

	static final long OUTCOME_VERSION = 1;

	static final long RELEASE_VERSION = 2;

	private final Outbox outbox;

	ReservationReplyOutbox(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void append(StockReservationEvent reply) {
		long version = (reply instanceof StockReleased) ? RELEASE_VERSION : OUTCOME_VERSION;
		this.outbox.append(new OutboxEvent(ProductEventOutbox.TOPIC, AGGREGATE_TYPE, reply.orderId().toString(),
				version, TYPES.get(reply.getClass()), reply));
	}

}
