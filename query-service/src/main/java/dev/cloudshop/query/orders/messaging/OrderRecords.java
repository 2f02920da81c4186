package dev.cloudshop.query.orders.messaging;

import dev.cloudshop.query.orders.IncomingEvent;
import dev.cloudshop.query.orders.projection.OrderEventDecoder;
import dev.cloudshop.query.projection.Envelope;
import dev.cloudshop.query.projection.MalformedEventException;
import dev.cloudshop.query.projection.messaging.EventRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads an event record: the envelope from its key and CloudEvents headers ({@link EventRecords}),
 * the event from its value.
 */
final class OrderRecords {

	/** The topics the order view is built from. */
	static final String ORDER_EVENTS_TOPIC = "order.events";

	static final String PAYMENT_EVENTS_TOPIC = "payment.events";

	private OrderRecords() {
	}

	/** @throws MalformedEventException if the record can never be applied */
	static IncomingEvent read(ConsumerRecord<String, String> record, OrderEventDecoder decoder) {
		Envelope envelope = EventRecords.envelope(record);
		return new IncomingEvent(envelope, decoder.decode(envelope));
	}

}
