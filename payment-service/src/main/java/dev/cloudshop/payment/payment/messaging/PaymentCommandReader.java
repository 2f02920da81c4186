package dev.cloudshop.payment.payment.messaging;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.cloudshop.payment.payment.AuthorizePayment;
import dev.cloudshop.payment.payment.PaymentCommand;
import dev.cloudshop.payment.payment.RefundPayment;
import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import dev.cloudshop.support.consumer.PoisonEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a record of payment.commands into its command, or refuses it as poison: no
 * {@code ce_id} or {@code ce_type}, a type this service does not carry out, a value that is not
 * JSON of the command's shape or breaks its rules (see {@link AuthorizePayment}), or a key that
 * is not the command's order id. A poison command can never be carried out, however often it is
 * retried.
 */
class PaymentCommandReader {

	static final String AUTHORIZE_PAYMENT = "cloudshop.order.AuthorizePayment.v1";

	static final String REFUND_PAYMENT = "cloudshop.order.RefundPayment.v1";

	/** The value of {@value #AUTHORIZE_PAYMENT}; what else it carries is ignored. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record AuthorizePaymentValue(UUID orderId, UUID customerId, BigDecimal amount, String currency) {
	}

	/** The value of {@value #REFUND_PAYMENT}; what else it carries is ignored. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record RefundPaymentValue(UUID orderId) {
	}

	/** A command with its id ({@code ce_id}) and type. */
	record ReceivedCommand(String commandId, String type, PaymentCommand command) {
	}

	private final JsonMapper json;

	PaymentCommandReader(JsonMapper json) {
		this.json = json;
	}

	/** @throws PoisonEventException for a record that can never be carried out */
	ReceivedCommand read(ConsumerRecord<String, String> record) {
		String commandId = header(record, CloudEventHeaders.ID);
		String type = header(record, CloudEventHeaders.TYPE);
		PaymentCommand command = switch (type) {
			case AUTHORIZE_PAYMENT -> {
				AuthorizePaymentValue value = value(record, type, AuthorizePaymentValue.class);
				yield valid(record, type, () -> new AuthorizePayment(value.orderId(), value.customerId(), value.amount(),
						value.currency()));
			}
			case REFUND_PAYMENT -> {
				RefundPaymentValue value = value(record, type, RefundPaymentValue.class);
				yield valid(record, type, () -> new RefundPayment(value.orderId()));
			}
			default -> throw poison(record, "'" + type + "' is not a command payment-service carries out");
		};
		if (!command.orderId().toString().equals(record.key())) {
			throw poison(record, type + " is about order " + command.orderId() + " but keyed by " + record.key());
		}
		return new ReceivedCommand(commandId, type, command);
	}

	private <T> T value(ConsumerRecord<String, String> record, String type, Class<T> valueType) {
		if (record.value() == null) {
			throw poison(record, type + " has no value");
		}
		try {
			T value = this.json.readValue(record.value(), valueType);
			if (value == null) {
				throw poison(record, type + " has the value null");
			}
			return value;
		}
		catch (JacksonException ex) {
			throw new PoisonEventException(describe(record) + ": " + type + " is not JSON of the expected shape: "
					+ ex.getOriginalMessage(), ex);
		}
	}

	private static PaymentCommand valid(ConsumerRecord<String, String> record, String type, CommandFactory factory) {
		try {
			return factory.create();
		}
		catch (NullPointerException ex) {
			throw new PoisonEventException(describe(record) + ": " + type + " lacks " + ex.getMessage(), ex);
		}
		catch (IllegalArgumentException ex) {
			throw new PoisonEventException(describe(record) + ": " + type + " is invalid: " + ex.getMessage(), ex);
		}
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		Optional<String> value = CloudEventHeaders.find(record.headers(), name).filter((text) -> !text.isBlank());
		return value.orElseThrow(() -> poison(record, "no " + name + " header"));
	}

	private static PoisonEventException poison(ConsumerRecord<String, String> record, String reason) {
		return new PoisonEventException(describe(record) + ": " + reason);
	}

	private static String describe(ConsumerRecord<String, String> record) {
		return "Payment command " + record.topic() + "-" + record.partition() + "@" + record.offset();
	}

	@FunctionalInterface
	private interface CommandFactory {

		PaymentCommand create();

	}

}
