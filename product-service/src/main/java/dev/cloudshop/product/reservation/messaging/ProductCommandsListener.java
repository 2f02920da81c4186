package dev.cloudshop.product.reservation.messaging;

import dev.cloudshop.product.reservation.application.StockReservationService;
import dev.cloudshop.product.reservation.messaging.ProductCommandReader.ProductCommand;
import dev.cloudshop.product.reservation.messaging.ProductCommandReader.Release;
import dev.cloudshop.product.reservation.messaging.ProductCommandReader.Reserve;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Carries out order-service's commands from {@value #PRODUCT_COMMANDS_TOPIC}. A command that
 * can never be carried out is poison and goes to the dead-letter topic (support's consumer
 * error handling); one delivered again is skipped by {@link StockReservationService}.
 */
@Component
class ProductCommandsListener {

	static final String PRODUCT_COMMANDS_TOPIC = "product.commands";

	private static final Log logger = LogFactory.getLog(ProductCommandsListener.class);

	private final ProductCommandReader reader;

	private final StockReservationService reservations;

	ProductCommandsListener(JsonMapper json, StockReservationService reservations) {
		this.reader = new ProductCommandReader(json);
		this.reservations = reservations;
	}

	@KafkaListener(topics = PRODUCT_COMMANDS_TOPIC)
	void on(ConsumerRecord<String, String> record) {
		ProductCommand command = this.reader.read(record);
		boolean handled = false;
		if (command instanceof Reserve reserve) {
			handled = this.reservations.reserve(reserve.commandId(), reserve.command());
		}
		else if (command instanceof Release release) {
			handled = this.reservations.release(release.commandId(), release.command());
		}
		if (!handled && logger.isDebugEnabled()) {
			logger.debug("Skipped " + command + ": handled before");
		}
	}

}
