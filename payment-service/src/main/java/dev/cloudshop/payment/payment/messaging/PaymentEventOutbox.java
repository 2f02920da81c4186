package dev.cloudshop.payment.payment.messaging;

import java.util.Map;

import dev.cloudshop.payment.payment.PaymentAuthorized;
import dev.cloudshop.payment.payment.PaymentDeclined;
import dev.cloudshop.payment.payment.PaymentEvent;
import dev.cloudshop.payment.payment.PaymentRefunded;
import dev.cloudshop.payment.payment.application.PaymentEvents;
import dev.cloudshop.support.outbox.Outbox;
import dev.cloudshop.support.outbox.OutboxEvent;

import org.springframework.stereotype.Component;

/**
 * Hands the answers to payment commands to the transactional outbox, which publishes them to
 * {@value #TOPIC} after the surrounding transaction commits: key = order id, aggregate type
 * {@value #AGGREGATE_TYPE}, CloudEvents type as listed in {@link #TYPES}.
 * <p>
 * A payment has two steps, so two versions: its authorisation outcome (authorized or declined)
 * is version 1, its refund version 2. An answer repeated for a command sent again carries the
 * same version, so consumers that apply versions in order see it as the duplicate it is.
 */
@Component
class PaymentEventOutbox implements PaymentEvents {

	static final String TOPIC = "payment.events";

	static final String AGGREGATE_TYPE = "Payment";

	/**
	 * The CloudEvents type of each event: the wire contract, with a golden sample per entry in
	 * the contracts module. A new shape of an event gets a new version, never a changed one.
	 */
	static final Map<Class<? extends PaymentEvent>, String> TYPES = Map.of(
			PaymentAuthorized.class, "cloudshop.payment.PaymentAuthorized.v1",
			PaymentDeclined.class, "cloudshop.payment.PaymentDeclined.v1",
			PaymentRefunded.class, "cloudshop.payment.PaymentRefunded.v1");

	static final long AUTHORIZATION_VERSION = 1;

	static final long REFUND_VERSION = 2;

	private final Outbox outbox;

	PaymentEventOutbox(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void publish(PaymentEvent event) {
		this.outbox.append(new OutboxEvent(TOPIC, AGGREGATE_TYPE, event.orderId().toString(), versionOf(event),
				typeOf(event), event));
	}

	static String typeOf(PaymentEvent event) {
		String type = TYPES.get(event.getClass());
		if (type == null) {
			throw new IllegalStateException("No event type for " + event.getClass().getName());
		}
		return type;
	}

	static long versionOf(PaymentEvent event) {
		return (event instanceof PaymentRefunded) ? REFUND_VERSION : AUTHORIZATION_VERSION;
	}

}
