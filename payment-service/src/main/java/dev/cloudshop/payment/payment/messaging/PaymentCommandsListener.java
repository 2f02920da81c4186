package dev.cloudshop.payment.payment.messaging;

import dev.cloudshop.payment.payment.AuthorizePayment;
import dev.cloudshop.payment.payment.RefundPayment;
import dev.cloudshop.payment.payment.application.PaymentService;
import dev.cloudshop.payment.payment.messaging.PaymentCommandReader.ReceivedCommand;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Carries out the commands on {@value #PAYMENT_COMMANDS_TOPIC}, each answered on payment.events.
 * A record that can never be carried out is poison and goes to the dead-letter topic (support's
 * consumer error handling); one delivered or sent again is answered again, moving no money, by
 * {@link PaymentService}.
 */
@Component
class PaymentCommandsListener {

	static final String PAYMENT_COMMANDS_TOPIC = "payment.commands";

	private final PaymentCommandReader reader;

	private final PaymentService payments;

	PaymentCommandsListener(JsonMapper json, PaymentService payments) {
		this.reader = new PaymentCommandReader(json);
		this.payments = payments;
	}

	@KafkaListener(topics = PAYMENT_COMMANDS_TOPIC)
	void on(ConsumerRecord<String, String> record) {
		ReceivedCommand received = this.reader.read(record);
		if (received.command() instanceof AuthorizePayment authorize) {
			this.payments.authorize(received.commandId(), authorize);
		}
		else if (received.command() instanceof RefundPayment refund) {
			this.payments.refund(received.commandId(), refund);
		}
	}

}
