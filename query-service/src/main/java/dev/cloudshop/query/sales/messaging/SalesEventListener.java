package dev.cloudshop.query.sales.messaging;

import dev.cloudshop.query.projection.MalformedEventException;
import dev.cloudshop.query.projection.messaging.EventRecords;
import dev.cloudshop.query.sales.IncomingEvent;
import dev.cloudshop.query.sales.projection.SalesEventDecoder;
import dev.cloudshop.query.sales.projection.SalesProjector;
import dev.cloudshop.support.consumer.PoisonEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the sales figures current: applies every order event as it arrives. It reads in a
 * consumer group of its own ({@value #GROUP}), so it gets every partition of
 * {@code order.events} whatever the order view's listener does. A record that can never be
 * applied goes to the dead-letter topic (support's error handler) and the partition moves on; a
 * failure of the database is retried until it works, so nothing is skipped.
 */
@Component
class SalesEventListener {

	static final String GROUP = "query-service-sales";

	private final SalesEventDecoder decoder;

	private final SalesProjector projector;

	SalesEventListener(SalesEventDecoder decoder, SalesProjector projector) {
		this.decoder = decoder;
		this.projector = projector;
	}

	@KafkaListener(id = "sales", groupId = GROUP, topics = SalesRecords.ORDER_EVENTS_TOPIC)
	void on(ConsumerRecord<String, String> record) {
		IncomingEvent event;
		try {
			event = SalesRecords.read(record, this.decoder);
		}
		catch (MalformedEventException ex) {
			throw new PoisonEventException(EventRecords.describe(record) + " is poison: " + ex.getMessage(), ex);
		}
		this.projector.apply(event);
	}

}
