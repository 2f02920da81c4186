package dev.cloudshop.query.orders.messaging;

import dev.cloudshop.query.orders.IncomingEvent;
import dev.cloudshop.query.orders.projection.OrderEventDecoder;
import dev.cloudshop.query.orders.projection.OrderProjector;
import dev.cloudshop.query.projection.MalformedEventException;
import dev.cloudshop.query.projection.messaging.EventRecords;
import dev.cloudshop.support.consumer.PoisonEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the order view current: applies every order and payment event as it arrives. It reads
 * in a consumer group of its own ({@value #GROUP}): in the catalog's group, Kafka would split
 * the partitions between the two listeners and each would miss events. A record that can never
 * be applied goes to the dead-letter topic (support's error handler) and the partition moves
 * on; a failure of the database is retried until it works, so nothing is skipped.
 */
@Component
class OrderEventListener {

	static final String GROUP = "query-service-orders";

	private final OrderEventDecoder decoder;

	private final OrderProjector projector;

	OrderEventListener(OrderEventDecoder decoder, OrderProjector projector) {
		this.decoder = decoder;
		this.projector = projector;
	}

	@KafkaListener(id = "orders", groupId = GROUP,
			topics = { OrderRecords.ORDER_EVENTS_TOPIC, OrderRecords.PAYMENT_EVENTS_TOPIC })
	void on(ConsumerRecord<String, String> record) {
		IncomingEvent event;
		try {
			event = OrderRecords.read(record, this.decoder);
		}
		catch (MalformedEventException ex) {
			throw new PoisonEventException(EventRecords.describe(record) + " is poison: " + ex.getMessage(), ex);
		}
		this.projector.apply(event);
	}

}
