package dev.cloudshop.order.saga.messaging;

import java.util.List;
import java.util.Map;

import dev.cloudshop.order.order.Order;
import dev.cloudshop.order.order.OrderCancelled;
import dev.cloudshop.order.order.OrderConfirmed;
import dev.cloudshop.order.order.OrderEvent;
import dev.cloudshop.order.order.OrderPlaced;
import dev.cloudshop.order.order.RecordedEvent;
import dev.cloudshop.order.saga.SagaCommand;
import dev.cloudshop.order.saga.SagaCommand.AuthorizePayment;
import dev.cloudshop.order.saga.SagaCommand.RefundPayment;
import dev.cloudshop.order.saga.SagaCommand.ReleaseStock;
import dev.cloudshop.order.saga.SagaCommand.ReserveStock;
import dev.cloudshop.order.saga.application.OrderOutbox;
import dev.cloudshop.support.outbox.Outbox;
import dev.cloudshop.support.outbox.OutboxEvent;

import org.springframework.stereotype.Component;

/**
 * Hands an order's events and the saga's commands to the transactional outbox, which publishes
 * them after the surrounding transaction commits. Every record is keyed by the order id and
 * carries aggregate type {@value #AGGREGATE_TYPE}: events go to {@value #TOPIC} with the
 * version they gave the order, commands to their participant's topic with the order's version
 * when they were sent.
 */
@Component
class KafkaOrderOutbox implements OrderOutbox {

	static final String TOPIC = "order.events";

	static final String PRODUCT_COMMANDS_TOPIC = "product.commands";

	static final String PAYMENT_COMMANDS_TOPIC = "payment.commands";

	static final String AGGREGATE_TYPE = "Order";

	/**
	 * The CloudEvents type of each event and command: the wire contract, with a golden sample per
	 * entry in the contracts module. A new shape gets a new version, never a changed one.
	 */
	static final Map<Class<? extends OrderEvent>, String> EVENT_TYPES = Map.of(
			OrderPlaced.class, "cloudshop.order.OrderPlaced.v1",
			OrderConfirmed.class, "cloudshop.order.OrderConfirmed.v1",
			OrderCancelled.class, "cloudshop.order.OrderCancelled.v1");

	static final Map<Class<? extends SagaCommand>, Destination> COMMANDS = Map.of(
			ReserveStock.class, new Destination(PRODUCT_COMMANDS_TOPIC, "cloudshop.order.ReserveStock.v1"),
			ReleaseStock.class, new Destination(PRODUCT_COMMANDS_TOPIC, "cloudshop.order.ReleaseStock.v1"),
			AuthorizePayment.class, new Destination(PAYMENT_COMMANDS_TOPIC, "cloudshop.order.AuthorizePayment.v1"),
			RefundPayment.class, new Destination(PAYMENT_COMMANDS_TOPIC, "cloudshop.order.RefundPayment.v1"));

	/** Where a command goes, and its CloudEvents type. */
	record Destination(String topic, String type) {
	}

	private final Outbox outbox;

	KafkaOrderOutbox(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void append(Order order, List<SagaCommand> commands) {
		String orderId = order.id().toString();
		for (RecordedEvent recorded : order.releaseEvents()) {
			this.outbox.append(new OutboxEvent(TOPIC, AGGREGATE_TYPE, orderId, recorded.orderVersion(),
					typeOf(recorded.event()), recorded.event()));
		}
		for (SagaCommand command : commands) {
			Destination destination = destinationOf(command);
			this.outbox.append(new OutboxEvent(destination.topic(), AGGREGATE_TYPE, orderId, order.version(),
					destination.type(), command));
		}
	}

	static String typeOf(OrderEvent event) {
		String type = EVENT_TYPES.get(event.getClass());
		if (type == null) {
			throw new IllegalStateException("No event type for " + event.getClass().getName());
		}
		return type;
	}

	static Destination destinationOf(SagaCommand command) {
		Destination destination = COMMANDS.get(command.getClass());
		if (destination == null) {
			throw new IllegalStateException("No destination for " + command.getClass().getName());
		}
		return destination;
	}

}
