package dev.cloudshop.review.product.messaging;

import java.util.Optional;

import dev.cloudshop.review.product.application.KnownProducts;
import dev.cloudshop.review.product.messaging.ProductEventReader.ProductEventNotice;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the known products from {@value #PRODUCT_EVENTS_TOPIC}. A record that can never be
 * applied is poison and goes to the dead-letter topic (support's consumer error handling);
 * one delivered again is skipped by {@link KnownProducts#apply}; events of other aggregates on
 * the topic are passed over.
 */
@Component
class ProductEventsListener {

	static final String PRODUCT_EVENTS_TOPIC = "product.events";

	private static final Log logger = LogFactory.getLog(ProductEventsListener.class);

	private final ProductEventReader reader;

	private final KnownProducts knownProducts;

	ProductEventsListener(JsonMapper json, KnownProducts knownProducts) {
		this.reader = new ProductEventReader(json);
		this.knownProducts = knownProducts;
	}

	@KafkaListener(topics = PRODUCT_EVENTS_TOPIC)
	void on(ConsumerRecord<String, String> record) {
		Optional<ProductEventNotice> read = this.reader.read(record);
		if (read.isEmpty()) {
			return;
		}
		ProductEventNotice notice = read.get();
		if (!this.knownProducts.apply(notice.eventId(), notice.observation()) && logger.isDebugEnabled()) {
			logger.debug("Skipped " + notice.type() + " " + notice.eventId() + ": applied before");
		}
	}

}
