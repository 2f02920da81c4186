package dev.cloudshop.order.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static dev.cloudshop.order.order.OrderBuilder.PLACED_AT;
import static dev.cloudshop.order.order.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class OrderTests {

	private static final Currency EUR = Currency.getInstance("EUR");

	@Nested
	class Placing {

		@Test
		void isPendingWithItsTotalAndRecordsOrderPlacedAtVersionOne() {
			UUID mug = UUID.randomUUID();
			UUID shirt = UUID.randomUUID();
			Order order = Order.place(UUID.randomUUID(), UUID.randomUUID(),
					List.of(new OrderLine(mug, "Mug", 3, new BigDecimal("12.50")),
							new OrderLine(shirt, "Shirt", 1, new BigDecimal("19.99"))),
					EUR, PLACED_AT);

			assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
			assertThat(order.total()).isEqualByComparingTo("57.49").hasScaleOf(2);
			assertThat(order.version()).isEqualTo(1);
			assertThat(order.history()).containsExactly(new StatusChange(OrderStatus.PENDING, PLACED_AT, null));
			List<RecordedEvent> events = order.releaseEvents();
			assertThat(events).hasSize(1);
			assertThat(events.get(0).orderVersion()).isEqualTo(1);
			OrderPlaced placed = (OrderPlaced) events.get(0).event();
			assertThat(placed.lines()).extracting(OrderPlaced.Line::productId).containsExactly(mug, shirt);
			assertThat(placed.total()).isEqualByComparingTo("57.49");
			assertThat(placed.currency()).isEqualTo("EUR");
			assertThat(placed.placedAt()).isEqualTo(PLACED_AT);
		}

		@Test
		void refusesNoLinesTooManyLinesAndAProductTwice() {
			UUID product = UUID.randomUUID();
			OrderLine line = new OrderLine(product, "Mug", 1, BigDecimal.ONE);
			List<OrderLine> tooMany = IntStream.range(0, 51)
				.mapToObj((i) -> new OrderLine(UUID.randomUUID(), "Mug", 1, BigDecimal.ONE))
				.toList();

			assertThatIllegalArgumentException().isThrownBy(() -> place(List.of()));
			assertThatIllegalArgumentException().isThrownBy(() -> place(tooMany));
			assertThatIllegalArgumentException().isThrownBy(() -> place(List.of(line, line)));
		}

		@Test
		void refusesQuantitiesOutsideOneToHundredAndPricesNotPositive() {
			assertThatIllegalArgumentException().isThrownBy(() -> new OrderLine(UUID.randomUUID(), "Mug", 0, BigDecimal.ONE));
			assertThatIllegalArgumentException().isThrownBy(() -> new OrderLine(UUID.randomUUID(), "Mug", 101, BigDecimal.ONE));
			assertThatIllegalArgumentException().isThrownBy(() -> new OrderLine(UUID.randomUUID(), "Mug", 1, BigDecimal.ZERO));
		}

		private Order place(List<OrderLine> lines) {
			return Order.place(UUID.randomUUID(), UUID.randomUUID(), lines, EUR, PLACED_AT);
		}

	}

	@Nested
	class Transitions {

		private final Instant later = PLACED_AT.plusSeconds(5);

		@Test
		void confirmsOnlyWhilePaymentIsAwaitedAndRecordsOrderConfirmedAtVersionTwo() {
			assertThatIllegalStateException().isThrownBy(() -> anOrder().build().confirm(this.later));

			Order order = anOrder().awaitingPayment().build();
			order.confirm(this.later);

			assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
			assertThat(order.deadline()).isNull();
			assertThat(order.version()).isEqualTo(2);
			assertThat(order.releaseEvents()).singleElement()
				.satisfies((recorded) -> assertThat(recorded.event()).isInstanceOf(OrderConfirmed.class));
		}

		@Test
		void keepsEveryTransitionWithItsTimeAndReason() {
			Order order = anOrder().awaitingPayment().build();
			order.compensate(CancelReason.PAYMENT_DECLINED, EnumSet.of(Compensation.RELEASE_STOCK),
					this.later.plusSeconds(30), this.later);
			order.compensated(Compensation.RELEASE_STOCK, this.later.plusSeconds(1));

			assertThat(order.history()).extracting(StatusChange::status)
				.containsExactly(OrderStatus.PENDING, OrderStatus.AWAITING_PAYMENT, OrderStatus.COMPENSATING,
						OrderStatus.CANCELLED);
			assertThat(order.history().get(3))
				.isEqualTo(new StatusChange(OrderStatus.CANCELLED, this.later.plusSeconds(1), CancelReason.PAYMENT_DECLINED));
			assertThat(order.revision()).isEqualTo(4);
		}

		@Test
		void isCancelledOnceTheLastCompensationIsAcknowledged() {
			Order order = anOrder()
				.compensating(CancelReason.TIMEOUT, Compensation.RELEASE_STOCK, Compensation.REFUND_PAYMENT)
				.build();

			order.compensated(Compensation.REFUND_PAYMENT, this.later);
			assertThat(order.status()).isEqualTo(OrderStatus.COMPENSATING);
			assertThat(order.pendingCompensations()).containsExactly(Compensation.RELEASE_STOCK);
			order.compensated(Compensation.REFUND_PAYMENT, this.later);
			assertThat(order.status()).isEqualTo(OrderStatus.COMPENSATING);

			order.compensated(Compensation.RELEASE_STOCK, this.later);
			assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
			assertThat(order.deadline()).isNull();
			assertThat(order.releaseEvents()).singleElement()
				.satisfies((recorded) -> assertThat(recorded.event())
					.isEqualTo(new OrderCancelled(order.id(), order.customerId(), CancelReason.TIMEOUT, this.later)));
		}

		@Test
		void refusesToMoveOnceEnded() {
			Order confirmed = anOrder().confirmed().build();
			Order cancelled = anOrder().cancelled(CancelReason.OUT_OF_STOCK).build();

			assertThatIllegalStateException().isThrownBy(() -> confirmed.cancel(CancelReason.TIMEOUT, this.later));
			assertThatIllegalStateException().isThrownBy(() -> cancelled.compensate(CancelReason.TIMEOUT,
					EnumSet.of(Compensation.RELEASE_STOCK), this.later, this.later));
			assertThatIllegalStateException().isThrownBy(() -> cancelled.expectReplyBy(this.later));
			assertThatIllegalStateException()
				.isThrownBy(() -> confirmed.proceedTo(OrderStatus.AWAITING_PAYMENT, this.later, this.later));
		}

		@Test
		void cannotBeCancelledByTheCustomerOnceConfirmed() {
			assertThatExceptionOfType(OrderNotCancellableException.class)
				.isThrownBy(() -> anOrder().confirmed().build().requireCancellable());
		}

	}

}
