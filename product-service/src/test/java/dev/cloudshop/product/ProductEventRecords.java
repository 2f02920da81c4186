package dev.cloudshop.product;

import java.util.List;

import dev.cloudshop.product.catalog.messaging.ProductEventOutbox;
import dev.cloudshop.testsupport.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The records of one product (its key) on product.events, in the order Kafka holds them. The
 * topic appears when the outbox relay first sends to it.
 */
public final class ProductEventRecords {

	private ProductEventRecords() {
	}

	/** Waits until the topic holds at least {@code count} records of the product, and returns them in order. */
	public static List<ConsumerRecord<String, String>> awaitRecords(String bootstrapServers, String productId,
			int count) {
		return TopicRecords.awaitRecords(bootstrapServers, ProductEventOutbox.TOPIC, productId, count);
	}

	/**
	 * Waits until the topic holds {@code count} records of the product, then checks that no more
	 * arrive for a while (a duplicate would).
	 */
	public static List<ConsumerRecord<String, String>> awaitExactly(String bootstrapServers, String productId,
			int count) {
		return TopicRecords.awaitExactly(bootstrapServers, ProductEventOutbox.TOPIC, productId, count);
	}

}
