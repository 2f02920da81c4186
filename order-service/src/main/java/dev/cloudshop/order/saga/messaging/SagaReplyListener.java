package dev.cloudshop.order.saga.messaging;

import java.util.Optional;

import dev.cloudshop.order.saga.application.SagaCoordinator;
import dev.cloudshop.order.saga.application.UnknownOrderException;
import dev.cloudshop.order.saga.messaging.SagaReplyReader.IncomingReply;
import dev.cloudshop.support.consumer.PoisonEventException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the participants' replies from {@value #PRODUCT_EVENTS_TOPIC} and
 * {@value #PAYMENT_EVENTS_TOPIC} to the saga. A reply that can never be applied (unreadable, or
 * for an order this service does not have) is poison and goes to the dead-letter topic
 * (support's consumer error handling); one delivered again is skipped by
 * {@link SagaCoordinator#onReply}.
 */
@Component
class SagaReplyListener {

	static final String PRODUCT_EVENTS_TOPIC = "product.events";

	static final String PAYMENT_EVENTS_TOPIC = "payment.events";

	private static final Log logger = LogFactory.getLog(SagaReplyListener.class);

	private final SagaReplyReader reader;

	private final SagaCoordinator coordinator;

	SagaReplyListener(JsonMapper json, SagaCoordinator coordinator) {
		this.reader = new SagaReplyReader(json);
		this.coordinator = coordinator;
	}

	@KafkaListener(topics = { PRODUCT_EVENTS_TOPIC, PAYMENT_EVENTS_TOPIC })
	void on(ConsumerRecord<String, String> record) {
		Optional<IncomingReply> incoming = this.reader.read(record);
		if (incoming.isEmpty()) {
			return;
		}
		IncomingReply reply = incoming.get();
		try {
			if (!this.coordinator.onReply(reply.eventId(), reply.reply()) && logger.isDebugEnabled()) {
				logger.debug("Skipped " + reply.type() + " " + reply.eventId() + ": applied before");
			}
		}
		catch (UnknownOrderException ex) {
			throw new PoisonEventException(SagaReplyReader.describe(record) + ": " + reply.type() + " for an unknown order: "
					+ ex.getMessage(), ex);
		}
	}

}
