package dev.cloudshop.query.sales.messaging;

import dev.cloudshop.query.projection.Envelope;
import dev.cloudshop.query.projection.MalformedEventException;
import dev.cloudshop.query.projection.messaging.EventRecords;
import dev.cloudshop.query.sales.IncomingEvent;
import dev.cloudshop.query.sales.SalesEvent;
import dev.cloudshop.query.sales.UnknownEvent;
import dev.cloudshop.query.sales.projection.SalesEventDecoder;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads an event record: the envelope from its key and CloudEvents headers ({@link EventRecords}),
 * the event from its value.
 */
final class SalesRecords {

	/** The topic the sales figures are built from. */
	static final String ORDER_EVENTS_TOPIC = "order.events";

	private SalesRecords() {
	}

	/** @throws MalformedEventException if the record can never be applied */
	static IncomingEvent read(ConsumerRecord<String, String> record, SalesEventDecoder decoder) {
		Envelope envelope = EventRecords.envelope(record);
		if (!SalesEvent.ORDER.equals(envelope.aggregateType())) {
			return new IncomingEvent(envelope, new UnknownEvent(envelope.type()));
		}
		return new IncomingEvent(envelope, decoder.decode(envelope));
	}

}
