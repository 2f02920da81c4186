package dev.cloudshop.query.sales.projection;

import java.util.Map;

import dev.cloudshop.query.projection.Envelope;
import dev.cloudshop.query.projection.EventPayloads;
import dev.cloudshop.query.projection.MalformedEventException;
import dev.cloudshop.query.sales.OrderCancelled;
import dev.cloudshop.query.sales.OrderConfirmed;
import dev.cloudshop.query.sales.OrderPlaced;
import dev.cloudshop.query.sales.SalesEvent;
import dev.cloudshop.query.sales.UnknownEvent;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Reads the payload of every order event type and version the sales figures know (a tolerant
 * reader: fields they do not need are ignored). A type they do not know is an
 * {@link UnknownEvent}; a payload that is not what its type says is malformed, and so is an
 * event whose record is about another order than its payload.
 */
@Component
public class SalesEventDecoder {

	private static final Map<String, Class<? extends SalesEvent>> READERS = Map.of(
			"cloudshop.order.OrderPlaced.v1", OrderPlaced.class,
			"cloudshop.order.OrderConfirmed.v1", OrderConfirmed.class,
			"cloudshop.order.OrderCancelled.v1", OrderCancelled.class);

	private final EventPayloads payloads;

	public SalesEventDecoder(JsonMapper json) {
		this.payloads = new EventPayloads(json);
	}

	/**
	 * @param envelope an event of an order
	 * @throws MalformedEventException if the payload is not the event its type says
	 */
	public SalesEvent decode(Envelope envelope) {
		Class<? extends SalesEvent> type = READERS.get(envelope.type());
		if (type == null) {
			return new UnknownEvent(envelope.type());
		}
		SalesEvent event = this.payloads.read(envelope, type);
		if (!event.orderId().toString().equalsIgnoreCase(envelope.aggregateId())) {
			throw new MalformedEventException("The payload of " + envelope.type() + " is about order "
					+ event.orderId() + ", the record about " + envelope.aggregateId());
		}
		return event;
	}

	/** Whether the type is one the sales figures read. */
	public static boolean reads(String type) {
		return READERS.containsKey(type);
	}

}
