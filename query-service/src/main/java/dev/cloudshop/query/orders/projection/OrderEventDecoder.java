package dev.cloudshop.query.orders.projection;

import java.util.Map;
import java.util.UUID;

import dev.cloudshop.query.orders.OrderCancelled;
import dev.cloudshop.query.orders.OrderConfirmed;
import dev.cloudshop.query.orders.OrderPlaced;
import dev.cloudshop.query.orders.OrdersEvent;
import dev.cloudshop.query.orders.PaymentAuthorized;
import dev.cloudshop.query.orders.PaymentDeclined;
import dev.cloudshop.query.orders.PaymentRefunded;
import dev.cloudshop.query.orders.UnknownEvent;
import dev.cloudshop.query.projection.Envelope;
import dev.cloudshop.query.projection.EventPayloads;
import dev.cloudshop.query.projection.MalformedEventException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Reads the payload of every event type and version the order view knows (a tolerant reader:
 * fields it does not need are ignored). A type it does not know is an {@link UnknownEvent}; a
 * payload that is not what its type says is malformed, and so is an event whose record is about
 * another order than its payload.
 */
@Component
public class OrderEventDecoder {

	/** The types read, each with the aggregate type its events must carry. */
	private static final Map<String, Reader> READERS = Map.of(
			"cloudshop.order.OrderPlaced.v1", new Reader(OrdersEvent.ORDER, OrderPlaced.class),
			"cloudshop.order.OrderConfirmed.v1", new Reader(OrdersEvent.ORDER, OrderConfirmed.class),
			"cloudshop.order.OrderCancelled.v1", new Reader(OrdersEvent.ORDER, OrderCancelled.class),
			"cloudshop.payment.PaymentAuthorized.v1", new Reader(OrdersEvent.PAYMENT, PaymentAuthorized.class),
			"cloudshop.payment.PaymentDeclined.v1", new Reader(OrdersEvent.PAYMENT, PaymentDeclined.class),
			"cloudshop.payment.PaymentRefunded.v1", new Reader(OrdersEvent.PAYMENT, PaymentRefunded.class));

	private final EventPayloads payloads;

	public OrderEventDecoder(JsonMapper json) {
		this.payloads = new EventPayloads(json);
	}

	/** @throws MalformedEventException if the payload is not the event its type says */
	public OrdersEvent decode(Envelope envelope) {
		boolean ofAnOrder = OrdersEvent.ORDER.equals(envelope.aggregateType())
				|| OrdersEvent.PAYMENT.equals(envelope.aggregateType());
		if (ofAnOrder && !isUuid(envelope.aggregateId())) {
			throw new MalformedEventException("The record's key " + envelope.aggregateId() + " is not an order id");
		}
		Reader reader = READERS.get(envelope.type());
		if (reader == null) {
			return new UnknownEvent(envelope.type());
		}
		OrdersEvent event = this.payloads.read(envelope, reader.aggregateType, reader.type);
		if (!event.orderId().toString().equalsIgnoreCase(envelope.aggregateId())) {
			throw new MalformedEventException("The payload of " + envelope.type() + " is about order "
					+ event.orderId() + ", the record about " + envelope.aggregateId());
		}
		return event;
	}

	/** Whether the type is one the order view reads. */
	public static boolean reads(String type) {
		return READERS.containsKey(type);
	}

	private static boolean isUuid(String value) {
		try {
			UUID.fromString(value);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private record Reader(String aggregateType, Class<? extends OrdersEvent> type) {
	}

}
