package dev.cloudshop.query.catalog.messaging;

import dev.cloudshop.query.catalog.IncomingEvent;
import dev.cloudshop.query.catalog.projection.CatalogEventDecoder;
import dev.cloudshop.query.projection.Envelope;
import dev.cloudshop.query.projection.MalformedEventException;
import dev.cloudshop.query.projection.messaging.EventRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads an event record: the envelope from its key and CloudEvents headers ({@link EventRecords}),
 * the event from its value.
 */
final class CatalogRecords {

	/** Every topic the catalog is built from. */
	static final String PRODUCT_EVENTS_TOPIC = "product.events";

	static final String REVIEW_EVENTS_TOPIC = "review.events";

	private CatalogRecords() {
	}

	/** @throws MalformedEventException if the record can never be applied */
	static IncomingEvent read(ConsumerRecord<String, String> record, CatalogEventDecoder decoder) {
		Envelope envelope = EventRecords.envelope(record);
		return new IncomingEvent(envelope, decoder.decode(envelope));
	}

}
