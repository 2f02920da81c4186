package dev.cloudshop.order.saga.messaging;

import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import dev.cloudshop.contracts.GoldenSamples;
import dev.cloudshop.order.order.CancelReason;
import dev.cloudshop.order.order.Compensation;
import dev.cloudshop.order.order.Order;
import dev.cloudshop.order.saga.SagaCommand;
import dev.cloudshop.order.saga.SagaCommand.AuthorizePayment;
import dev.cloudshop.order.saga.SagaCommand.RefundPayment;
import dev.cloudshop.order.saga.SagaCommand.ReleaseStock;
import dev.cloudshop.order.saga.SagaCommand.ReserveStock;
import dev.cloudshop.support.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static dev.cloudshop.order.order.OrderBuilder.PLACED_AT;
import static dev.cloudshop.order.order.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The producer side of the saga's contract: what goes to the outbox, and in which shape. */
class KafkaOrderOutboxTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<OutboxEvent> appended = new ArrayList<>();

	private final KafkaOrderOutbox outbox = new KafkaOrderOutbox(this.appended::add);

	@Test
	void appendsTheOrdersEventsAndThenTheCommandsKeyedByTheOrder() {
		Order order = anOrder().awaitingPayment().build();
		order.confirm(PLACED_AT.plusSeconds(9));

		this.outbox.append(order, List.of(new RefundPayment(order.id())));

		assertThat(this.appended).extracting(OutboxEvent::topic, OutboxEvent::type, OutboxEvent::aggregateVersion)
			.containsExactly(tuple("order.events", "cloudshop.order.OrderConfirmed.v1", 2L),
					tuple("payment.commands", "cloudshop.order.RefundPayment.v1", 2L));
		assertThat(this.appended).allSatisfy((event) -> {
			assertThat(event.aggregateType()).isEqualTo("Order");
			assertThat(event.aggregateId()).isEqualTo(order.id().toString());
		});
	}

	@Test
	void writesEveryEventInTheShapeOfItsGoldenSample() {
		Order placed = Order.place(UUID.randomUUID(), UUID.randomUUID(), anOrder().build().lines(),
				Currency.getInstance("EUR"), PLACED_AT);
		Order confirmed = anOrder().awaitingPayment().build();
		confirmed.confirm(PLACED_AT.plusSeconds(3));
		Order cancelled = anOrder().build();
		cancelled.cancel(CancelReason.OUT_OF_STOCK, PLACED_AT.plusSeconds(3));
		Order compensated = anOrder().build();
		compensated.compensate(CancelReason.TIMEOUT, EnumSet.of(Compensation.RELEASE_STOCK), PLACED_AT.plusSeconds(60),
				PLACED_AT.plusSeconds(30));
		compensated.compensated(Compensation.RELEASE_STOCK, PLACED_AT.plusSeconds(31));

		for (Order order : List.of(placed, confirmed, cancelled, compensated)) {
			this.outbox.append(order, List.of());
		}

		assertThat(this.appended).extracting(OutboxEvent::type)
			.containsExactly("cloudshop.order.OrderPlaced.v1", "cloudshop.order.OrderConfirmed.v1",
					"cloudshop.order.OrderCancelled.v1", "cloudshop.order.OrderCancelled.v1");
		this.appended.forEach((event) -> GoldenSamples.assertSameShape("order.events", event.type(),
				JSON.writeValueAsString(event.payload())));
	}

	@Test
	void writesEveryCommandInTheShapeOfItsGoldenSample() {
		Order order = anOrder().withLine(UUID.randomUUID(), 2, "9.99").withLine(UUID.randomUUID(), 1, "5").build();
		List<SagaCommand> commands = List.of(new ReserveStock(order.id(), List.of(new ReserveStock.Line(UUID.randomUUID(), 2))),
				new ReleaseStock(order.id()),
				new AuthorizePayment(order.id(), order.customerId(), order.total(), "EUR"),
				new RefundPayment(order.id()));

		this.outbox.append(order, commands);

		assertThat(this.appended).extracting(OutboxEvent::topic)
			.containsExactly("product.commands", "product.commands", "payment.commands", "payment.commands");
		this.appended.forEach((command) -> GoldenSamples.assertSameShape(command.topic(), command.type(),
				JSON.writeValueAsString(command.payload())));
	}

	@Test
	void hasATypeForEveryEventAndADestinationForEveryCommand() {
		assertThat(KafkaOrderOutbox.EVENT_TYPES).hasSize(3);
		assertThat(KafkaOrderOutbox.COMMANDS).hasSize(SagaCommand.class.getPermittedSubclasses().length);
	}

}
