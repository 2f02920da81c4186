package dev.cloudshop.query.catalog.messaging;

import dev.cloudshop.query.catalog.IncomingEvent;
import dev.cloudshop.query.catalog.projection.CatalogEventDecoder;
import dev.cloudshop.query.catalog.projection.CatalogProjector;
import dev.cloudshop.query.projection.MalformedEventException;
import dev.cloudshop.query.projection.messaging.EventRecords;
import dev.cloudshop.support.consumer.PoisonEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the catalog current: applies every product and review event as it arrives. A record
 * that can never be applied goes to the dead-letter topic (support's error handler) and the
 * partition moves on; a failure of the database is retried until it works, so nothing is
 * skipped.
 */
@Component
class CatalogEventListener {

	private final CatalogEventDecoder decoder;

	private final CatalogProjector projector;

	CatalogEventListener(CatalogEventDecoder decoder, CatalogProjector projector) {
		this.decoder = decoder;
		this.projector = projector;
	}

	@KafkaListener(id = "catalog", idIsGroup = false,
			topics = { CatalogRecords.PRODUCT_EVENTS_TOPIC, CatalogRecords.REVIEW_EVENTS_TOPIC })
	void on(ConsumerRecord<String, String> record) {
		IncomingEvent event;
		try {
			event = CatalogRecords.read(record, this.decoder);
		}
		catch (MalformedEventException ex) {
			throw new PoisonEventException(EventRecords.describe(record) + " is poison: " + ex.getMessage(), ex);
		}
		this.projector.applyLive(event);
	}

}
