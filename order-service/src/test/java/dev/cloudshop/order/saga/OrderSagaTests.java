package dev.cloudshop.order.saga;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.cloudshop.order.order.CancelReason;
import dev.cloudshop.order.order.Compensation;
import dev.cloudshop.order.order.Order;
import dev.cloudshop.order.order.OrderBuilder;
import dev.cloudshop.order.order.OrderNotCancellableException;
import dev.cloudshop.order.order.OrderStatus;
import dev.cloudshop.order.saga.SagaCommand.AuthorizePayment;
import dev.cloudshop.order.saga.SagaCommand.RefundPayment;
import dev.cloudshop.order.saga.SagaCommand.ReleaseStock;
import dev.cloudshop.order.saga.SagaCommand.ReserveStock;
import dev.cloudshop.order.saga.SagaReply.PaymentAuthorized;
import dev.cloudshop.order.saga.SagaReply.PaymentDeclined;
import dev.cloudshop.order.saga.SagaReply.PaymentRefunded;
import dev.cloudshop.order.saga.SagaReply.StockReleased;
import dev.cloudshop.order.saga.SagaReply.StockReservationFailed;
import dev.cloudshop.order.saga.SagaReply.StockReserved;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.cloudshop.order.order.OrderBuilder.PLACED_AT;
import static dev.cloudshop.order.order.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The saga as "given this order, when this happens, expect these commands and this order",
 * for every branch of the table: success, failure, timeout, customer cancel, compensation,
 * late, repeated and stray replies.
 */
class OrderSagaTests {

	private static final Duration STOCK_TIMEOUT = Duration.ofSeconds(30);

	private static final Duration PAYMENT_TIMEOUT = Duration.ofSeconds(20);

	private static final Duration COMPENSATION_RETRY = Duration.ofSeconds(60);

	/** Later than any deadline the builder sets. */
	private static final Instant NOW = PLACED_AT.plus(Duration.ofMinutes(5));

	private final OrderSaga saga = new OrderSaga(new SagaTimeouts(STOCK_TIMEOUT, PAYMENT_TIMEOUT, COMPENSATION_RETRY));

	@Test
	void startsByReservingTheStockOfEveryLine() {
		UUID mug = UUID.randomUUID();
		UUID shirt = UUID.randomUUID();
		Order order = Order.place(UUID.randomUUID(), UUID.randomUUID(),
				anOrder().withLine(mug, 3, "12.50").withLine(shirt, 1, "19.99").build().lines(),
				Currency.getInstance("EUR"), PLACED_AT);

		List<SagaCommand> commands = this.saga.start(order, PLACED_AT);

		assertThat(commands).containsExactly(new ReserveStock(order.id(),
				List.of(new ReserveStock.Line(mug, 3), new ReserveStock.Line(shirt, 1))));
		assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
		assertThat(order.deadline()).isEqualTo(PLACED_AT.plus(STOCK_TIMEOUT));
	}

	@Nested
	class WhileStockIsReserved {

		private final Order order = anOrder().build();

		@Test
		void authorizesThePaymentOnceTheStockIsReserved() {
			List<SagaCommand> commands = on(this.order, new StockReserved(this.order.id()));

			assertThat(commands).containsExactly(new AuthorizePayment(this.order.id(), this.order.customerId(),
					this.order.total(), "EUR"));
			assertThat(this.order.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
			assertThat(this.order.deadline()).isEqualTo(NOW.plus(PAYMENT_TIMEOUT));
		}

		@Test
		void cancelsOutOfStockWithNothingToUndoWhenTheReservationFails() {
			List<SagaCommand> commands = on(this.order, new StockReservationFailed(this.order.id(), "OUT_OF_STOCK"));

			assertThat(commands).isEmpty();
			assertCancelled(this.order, CancelReason.OUT_OF_STOCK);
		}

		@Test
		void releasesTheStockWhenTheReservationTimesOut() {
			List<SagaCommand> commands = OrderSagaTests.this.saga.onDeadline(this.order, NOW);

			assertThat(commands).containsExactly(new ReleaseStock(this.order.id()));
			assertCompensating(this.order, CancelReason.TIMEOUT, Compensation.RELEASE_STOCK);
		}

		@Test
		void releasesTheStockWhenTheCustomerCancels() {
			List<SagaCommand> commands = OrderSagaTests.this.saga.onCancelRequest(this.order, NOW);

			assertThat(commands).containsExactly(new ReleaseStock(this.order.id()));
			assertCompensating(this.order, CancelReason.CUSTOMER_CANCELLED, Compensation.RELEASE_STOCK);
		}

		@Test
		void waitsUntilTheDeadline() {
			Instant beforeDeadline = this.order.deadline().minusMillis(1);

			assertThat(OrderSagaTests.this.saga.onDeadline(this.order, beforeDeadline)).isEmpty();
			assertThat(this.order.status()).isEqualTo(OrderStatus.PENDING);
		}

	}

	@Nested
	class WhilePaymentIsAuthorized {

		private final Order order = anOrder().awaitingPayment().build();

		@Test
		void confirmsOnceThePaymentIsAuthorized() {
			List<SagaCommand> commands = on(this.order, new PaymentAuthorized(this.order.id()));

			assertThat(commands).isEmpty();
			assertThat(this.order.status()).isEqualTo(OrderStatus.CONFIRMED);
			assertThat(this.order.deadline()).isNull();
		}

		@Test
		void releasesTheStockWhenThePaymentIsDeclined() {
			List<SagaCommand> commands = on(this.order, new PaymentDeclined(this.order.id(), "INSUFFICIENT_FUNDS"));

			assertThat(commands).containsExactly(new ReleaseStock(this.order.id()));
			assertCompensating(this.order, CancelReason.PAYMENT_DECLINED, Compensation.RELEASE_STOCK);
		}

		@Test
		void refundsAndReleasesWhenThePaymentTimesOut() {
			List<SagaCommand> commands = OrderSagaTests.this.saga.onDeadline(this.order, NOW);

			assertThat(commands).containsExactly(new RefundPayment(this.order.id()), new ReleaseStock(this.order.id()));
			assertCompensating(this.order, CancelReason.TIMEOUT, Compensation.RELEASE_STOCK,
					Compensation.REFUND_PAYMENT);
		}

		@Test
		void refundsAndReleasesWhenTheCustomerCancels() {
			List<SagaCommand> commands = OrderSagaTests.this.saga.onCancelRequest(this.order, NOW);

			assertThat(commands).containsExactly(new RefundPayment(this.order.id()), new ReleaseStock(this.order.id()));
			assertCompensating(this.order, CancelReason.CUSTOMER_CANCELLED, Compensation.RELEASE_STOCK,
					Compensation.REFUND_PAYMENT);
		}

		@Test
		void neverAsksForThePaymentTwice() {
			assertThat(on(this.order, new StockReserved(this.order.id()))).isEmpty();
			assertThat(this.order.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
		}

	}

	@Nested
	class WhileCompensating {

		@Test
		void cancelsOnceTheStockIsReleased() {
			Order order = anOrder().compensating(CancelReason.PAYMENT_DECLINED, Compensation.RELEASE_STOCK).build();

			assertThat(on(order, new StockReleased(order.id()))).isEmpty();

			assertCancelled(order, CancelReason.PAYMENT_DECLINED);
		}

		@Test
		void waitsForEveryAcknowledgementInWhicheverOrderTheyArrive() {
			Order refundFirst = compensatingBoth();
			Order releaseFirst = compensatingBoth();

			on(refundFirst, new PaymentRefunded(refundFirst.id()));
			on(releaseFirst, new StockReleased(releaseFirst.id()));
			assertCompensating(refundFirst, CancelReason.TIMEOUT, Compensation.RELEASE_STOCK);
			assertCompensating(releaseFirst, CancelReason.TIMEOUT, Compensation.REFUND_PAYMENT);

			on(refundFirst, new StockReleased(refundFirst.id()));
			on(releaseFirst, new PaymentRefunded(releaseFirst.id()));
			assertCancelled(refundFirst, CancelReason.TIMEOUT);
			assertCancelled(releaseFirst, CancelReason.TIMEOUT);
		}

		@Test
		void leavesALateSuccessToTheCompensationAlreadyOnItsWay() {
			Order order = compensatingBoth();

			assertThat(on(order, new StockReserved(order.id()))).isEmpty();
			assertThat(on(order, new PaymentAuthorized(order.id()))).isEmpty();
			assertCompensating(order, CancelReason.TIMEOUT, Compensation.RELEASE_STOCK, Compensation.REFUND_PAYMENT);
		}

		@Test
		void undoesALateSuccessWhoseCompensationWasAcknowledgedAlready() {
			Order order = compensatingBoth();
			on(order, new StockReleased(order.id()));

			assertThat(on(order, new StockReserved(order.id()))).containsExactly(new ReleaseStock(order.id()));
			assertCompensating(order, CancelReason.TIMEOUT, Compensation.REFUND_PAYMENT);
		}

		@Test
		void sendsUnacknowledgedCompensationsAgainAtTheirDeadline() {
			Order order = compensatingBoth();
			on(order, new PaymentRefunded(order.id()));

			List<SagaCommand> commands = OrderSagaTests.this.saga.onDeadline(order, NOW);

			assertThat(commands).containsExactly(new ReleaseStock(order.id()));
			assertCompensating(order, CancelReason.TIMEOUT, Compensation.RELEASE_STOCK);
			assertThat(order.deadline()).isEqualTo(NOW.plus(COMPENSATION_RETRY));
		}

		@Test
		void ignoresTheCustomersCancel() {
			Order order = compensatingBoth();

			assertThat(OrderSagaTests.this.saga.onCancelRequest(order, NOW)).isEmpty();
			assertCompensating(order, CancelReason.TIMEOUT, Compensation.RELEASE_STOCK, Compensation.REFUND_PAYMENT);
		}

		private Order compensatingBoth() {
			return anOrder().compensating(CancelReason.TIMEOUT, Compensation.RELEASE_STOCK, Compensation.REFUND_PAYMENT)
				.build();
		}

	}

	@Nested
	class AfterTheEnd {

		@Test
		void releasesStockReservedForACancelledOrder() {
			Order order = anOrder().cancelled(CancelReason.CUSTOMER_CANCELLED).build();

			assertThat(on(order, new StockReserved(order.id()))).containsExactly(new ReleaseStock(order.id()));
			assertCancelled(order, CancelReason.CUSTOMER_CANCELLED);
		}

		@Test
		void refundsAPaymentAuthorizedForACancelledOrder() {
			Order order = anOrder().cancelled(CancelReason.TIMEOUT).build();

			assertThat(on(order, new PaymentAuthorized(order.id()))).containsExactly(new RefundPayment(order.id()));
			assertCancelled(order, CancelReason.TIMEOUT);
		}

		@Test
		void refusesTheCustomersCancelOfAConfirmedOrder() {
			Order order = anOrder().confirmed().build();

			assertThatExceptionOfType(OrderNotCancellableException.class)
				.isThrownBy(() -> OrderSagaTests.this.saga.onCancelRequest(order, NOW));
			assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
		}

		@Test
		void leavesACancelledOrderCancelledOnTheCustomersCancel() {
			Order order = anOrder().cancelled(CancelReason.OUT_OF_STOCK).build();

			assertThat(OrderSagaTests.this.saga.onCancelRequest(order, NOW)).isEmpty();
			assertCancelled(order, CancelReason.OUT_OF_STOCK);
		}

	}

	/** Repeated, stray and late replies that must change nothing and send nothing. */
	static Stream<Arguments> repliesThatChangeNothing() {
		Supplier<OrderBuilder> pending = OrderBuilder::anOrder;
		Supplier<OrderBuilder> awaitingPayment = () -> anOrder().awaitingPayment();
		Supplier<OrderBuilder> compensatingStock = () -> anOrder().compensating(CancelReason.PAYMENT_DECLINED,
				Compensation.RELEASE_STOCK);
		Supplier<OrderBuilder> confirmed = () -> anOrder().confirmed();
		Supplier<OrderBuilder> cancelled = () -> anOrder().cancelled(CancelReason.PAYMENT_DECLINED);
		return Stream.of(
				row("PENDING", pending, StockReleased::new),
				row("PENDING", pending, PaymentAuthorized::new),
				row("PENDING", pending, (id) -> new PaymentDeclined(id, "INSUFFICIENT_FUNDS")),
				row("PENDING", pending, PaymentRefunded::new),
				row("AWAITING_PAYMENT", awaitingPayment, (id) -> new StockReservationFailed(id, "OUT_OF_STOCK")),
				row("AWAITING_PAYMENT", awaitingPayment, StockReleased::new),
				row("AWAITING_PAYMENT", awaitingPayment, PaymentRefunded::new),
				row("COMPENSATING", compensatingStock, (id) -> new StockReservationFailed(id, "OUT_OF_STOCK")),
				row("COMPENSATING", compensatingStock, (id) -> new PaymentDeclined(id, "ORDER_REFUNDED")),
				row("COMPENSATING", compensatingStock, PaymentRefunded::new),
				row("COMPENSATING", compensatingStock, StockReserved::new),
				row("CONFIRMED", confirmed, StockReserved::new),
				row("CONFIRMED", confirmed, PaymentAuthorized::new),
				row("CONFIRMED", confirmed, StockReleased::new),
				row("CANCELLED", cancelled, StockReleased::new),
				row("CANCELLED", cancelled, PaymentRefunded::new),
				row("CANCELLED", cancelled, (id) -> new PaymentDeclined(id, "ORDER_REFUNDED")),
				row("CANCELLED", cancelled, (id) -> new StockReservationFailed(id, "ORDER_RELEASED")));
	}

	@ParameterizedTest(name = "{0} order, {1}")
	@MethodSource
	void repliesThatChangeNothing(String given, String reply, Supplier<OrderBuilder> order,
			Function<UUID, SagaReply> replyTo) {
		Order before = order.get().build();
		Order after = order.get().withId(before.id()).build();

		assertThat(on(after, replyTo.apply(after.id()))).isEmpty();

		assertThat(after.status()).isEqualTo(before.status());
		assertThat(after.cancelReason()).isEqualTo(before.cancelReason());
		assertThat(after.pendingCompensations()).isEqualTo(before.pendingCompensations());
		assertThat(after.deadline()).isEqualTo(before.deadline());
		assertThat(after.history()).isEqualTo(before.history());
		assertThat(after.releaseEvents()).isEmpty();
	}

	private static Arguments row(String given, Supplier<OrderBuilder> order, Function<UUID, SagaReply> reply) {
		String name = reply.apply(UUID.randomUUID()).getClass().getSimpleName();
		return Arguments.of(given, name, order, reply);
	}

	private List<SagaCommand> on(Order order, SagaReply reply) {
		return this.saga.onReply(order, reply, NOW);
	}

	private static void assertCompensating(Order order, CancelReason reason, Compensation... pending) {
		assertThat(order.status()).isEqualTo(OrderStatus.COMPENSATING);
		assertThat(order.cancelReason()).isEqualTo(reason);
		assertThat(order.pendingCompensations()).containsExactlyInAnyOrder(pending);
		assertThat(order.deadline()).isNotNull();
	}

	private static void assertCancelled(Order order, CancelReason reason) {
		assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(order.cancelReason()).isEqualTo(reason);
		assertThat(order.deadline()).isNull();
	}

}
