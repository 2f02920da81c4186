package dev.cloudshop.order.saga;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.cloudshop.contracts.GoldenSamples;
import dev.cloudshop.order.OrderApi.Response;
import dev.cloudshop.order.OrderServiceIntegrationTest;
import dev.cloudshop.order.saga.messaging.SagaReplyBuilder;
import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import dev.cloudshop.testsupport.TestTokens;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.cloudshop.order.order.OrderBuilder.anOrder;
import static dev.cloudshop.order.saga.messaging.SagaReplyBuilder.aReply;
import static dev.cloudshop.testsupport.TopicRecords.awaitExactly;
import static dev.cloudshop.testsupport.TopicRecords.awaitRecords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The saga end to end inside the service: orders placed over HTTP, the participants' replies
 * sent to Kafka as their outboxes would, the commands and events read back from Kafka, time
 * moved on by the test clock.
 */
class OrderSagaIntegrationTests extends OrderServiceIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ORDER_EVENTS = "order.events";

	private static final String PRODUCT_COMMANDS = "product.commands";

	private static final String PAYMENT_COMMANDS = "payment.commands";

	private static final String DEAD_LETTERS = "order-service.dlt";

	@Autowired
	private MeterRegistry meters;

	@Nested
	class Placing {

		@Test
		void publishesOrderPlacedAndAsksProductServiceToReserveTheStock() {
			UUID product = productService.aProduct("19.99");
			Response placed = api.place(anOrder().withLine(product, 2, "1").asRequest());

			ConsumerRecord<String, String> event = awaitRecords(ORDER_EVENTS, placed.id(), 1).get(0);
			ConsumerRecord<String, String> command = awaitRecords(PRODUCT_COMMANDS, placed.id(), 1).get(0);

			assertThat(CloudEventHeaders.type(event.headers())).isEqualTo("cloudshop.order.OrderPlaced.v1");
			assertThat(CloudEventHeaders.aggregateType(event.headers())).isEqualTo("Order");
			assertThat(CloudEventHeaders.aggregateVersion(event.headers())).isEqualTo(1);
			assertThat(CloudEventHeaders.source(event.headers())).isEqualTo("/cloudshop/order-service");
			GoldenSamples.assertSameShape(ORDER_EVENTS, "OrderPlaced.v1", event.value());
			JsonNode orderPlaced = JSON.readTree(event.value());
			assertThat(orderPlaced.get("customerId").asString()).isEqualTo(TestTokens.ALICE);
			assertThat(orderPlaced.get("total").decimalValue()).isEqualByComparingTo("39.98");
			assertThat(orderPlaced.get("lines").get(0).get("unitPrice").decimalValue()).isEqualByComparingTo("19.99");

			assertThat(CloudEventHeaders.type(command.headers())).isEqualTo("cloudshop.order.ReserveStock.v1");
			assertThat(CloudEventHeaders.aggregateType(command.headers())).isEqualTo("Order");
			GoldenSamples.assertSameShape(PRODUCT_COMMANDS, "ReserveStock.v1", command.value());
			JsonNode reserveStock = JSON.readTree(command.value());
			assertThat(reserveStock.get("orderId").asString()).isEqualTo(placed.id());
			assertThat(reserveStock.get("lines").get(0).get("productId").asString()).isEqualTo(product.toString());
			assertThat(reserveStock.get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
		}

	}

	@Nested
	class Replies {

		@Test
		void confirmsTheOrderOnceItsStockIsReservedAndItsPaymentAuthorized() {
			double confirmedBefore = completed("CONFIRMED", "NONE");
			String order = aPlacedOrder();

			reply(aReply("StockReserved.v1").to(order));
			awaitStatus(order, "AWAITING_PAYMENT");
			ConsumerRecord<String, String> authorize = awaitRecords(PAYMENT_COMMANDS, order, 1).get(0);
			reply(aReply("PaymentAuthorized.v1").to(order));
			Response confirmed = awaitStatus(order, "CONFIRMED");

			assertThat(CloudEventHeaders.type(authorize.headers())).isEqualTo("cloudshop.order.AuthorizePayment.v1");
			GoldenSamples.assertSameShape(PAYMENT_COMMANDS, "AuthorizePayment.v1", authorize.value());
			JsonNode payment = JSON.readTree(authorize.value());
			assertThat(payment.get("amount").decimalValue()).isEqualByComparingTo("39.98");
			assertThat(payment.get("currency").asString()).isEqualTo("EUR");
			assertThat(payment.get("customerId").asString()).isEqualTo(TestTokens.ALICE);
			assertThat(statuses(confirmed)).containsExactly("PENDING", "AWAITING_PAYMENT", "CONFIRMED");
			List<ConsumerRecord<String, String>> events = awaitRecords(ORDER_EVENTS, order, 2);
			assertThat(types(events)).containsExactly("cloudshop.order.OrderPlaced.v1",
					"cloudshop.order.OrderConfirmed.v1");
			assertThat(CloudEventHeaders.aggregateVersion(events.get(1).headers())).isEqualTo(2);
			GoldenSamples.assertSameShape(ORDER_EVENTS, "OrderConfirmed.v1", events.get(1).value());
			await().untilAsserted(() -> assertThat(completed("CONFIRMED", "NONE")).isEqualTo(confirmedBefore + 1));
			assertThat(OrderSagaIntegrationTests.this.meters.get("cloudshop.saga.duration").tag("outcome", "CONFIRMED")
				.timer()
				.count()).isPositive();
		}

		@Test
		void cancelsTheOrderWhenTheStockCannotBeReserved() {
			String order = aPlacedOrder();

			reply(aReply("StockReservationFailed.v1").to(order));
			Response cancelled = awaitStatus(order, "CANCELLED");

			assertThat(cancelled.text("reason")).isEqualTo("OUT_OF_STOCK");
			assertThat(statuses(cancelled)).containsExactly("PENDING", "CANCELLED");
			List<ConsumerRecord<String, String>> events = awaitRecords(ORDER_EVENTS, order, 2);
			assertThat(CloudEventHeaders.type(events.get(1).headers())).isEqualTo("cloudshop.order.OrderCancelled.v1");
			GoldenSamples.assertSameShape(ORDER_EVENTS, "OrderCancelled.v1", events.get(1).value());
			assertThat(JSON.readTree(events.get(1).value()).get("reason").asString()).isEqualTo("OUT_OF_STOCK");
			assertThat(types(awaitExactly(PRODUCT_COMMANDS, order, 1))).containsExactly("cloudshop.order.ReserveStock.v1");
		}

		@Test
		void releasesTheStockBeforeCancellingWhenThePaymentIsDeclined() {
			String order = aPlacedOrder();
			reply(aReply("StockReserved.v1").to(order));
			awaitStatus(order, "AWAITING_PAYMENT");

			reply(aReply("PaymentDeclined.v1").to(order));
			Response compensating = awaitStatus(order, "COMPENSATING");
			List<ConsumerRecord<String, String>> stockCommands = awaitRecords(PRODUCT_COMMANDS, order, 2);
			reply(aReply("StockReleased.v1").to(order).atVersion(2));
			Response cancelled = awaitStatus(order, "CANCELLED");

			assertThat(compensating.text("reason")).isEqualTo("PAYMENT_DECLINED");
			assertThat(types(stockCommands)).containsExactly("cloudshop.order.ReserveStock.v1",
					"cloudshop.order.ReleaseStock.v1");
			GoldenSamples.assertSameShape(PRODUCT_COMMANDS, "ReleaseStock.v1", stockCommands.get(1).value());
			assertThat(cancelled.text("reason")).isEqualTo("PAYMENT_DECLINED");
			assertThat(statuses(cancelled)).containsExactly("PENDING", "AWAITING_PAYMENT", "COMPENSATING", "CANCELLED");
			await().untilAsserted(() -> assertThat(completed("CANCELLED", "PAYMENT_DECLINED")).isPositive());
		}

		@Test
		void appliesARedeliveredReplyOnceAndNeverAsksForThePaymentTwice() {
			String order = aPlacedOrder();
			SagaReplyBuilder stockReserved = aReply("StockReserved.v1").to(order);

			reply(stockReserved);
			reply(stockReserved);
			reply(aReply("StockReserved.v1").to(order));
			// A later reply of the same order: once it is applied, so are the three before it.
			reply(aReply("PaymentAuthorized.v1").to(order));
			awaitStatus(order, "CONFIRMED");

			assertThat(types(awaitExactly(PAYMENT_COMMANDS, order, 1)))
				.containsExactly("cloudshop.order.AuthorizePayment.v1");
		}

		@Test
		void ignoresProductEventsOnTheSameTopic() {
			String order = aPlacedOrder();

			reply(aReply("StockAdjusted.v1").ofAggregate("Product").withKey(UUID.randomUUID().toString()));
			// Had this been taken for a reply, the order would await its payment and ignore the failure.
			reply(aReply("StockReserved.v1").to(order).ofAggregate("Product"));
			reply(aReply("StockReservationFailed.v1").to(order));

			assertThat(awaitStatus(order, "CANCELLED").text("reason")).isEqualTo("OUT_OF_STOCK");
		}

		@Test
		void parksAPoisonReplyOnTheDeadLetterTopicAndGoesOn() {
			String order = aPlacedOrder();

			reply(aReply("StockReserved.v1").to(order).withValue("{not json"));
			reply(aReply("StockReserved.v1").to(order));

			awaitStatus(order, "AWAITING_PAYMENT");
			ConsumerRecord<String, String> parked = awaitRecords(DEAD_LETTERS, order, 1).get(0);
			assertThat(parked.value()).isEqualTo("{not json");
			assertThat(CloudEventHeaders.find(parked.headers(), "cloudshop_dlt-reason"))
				.hasValueSatisfying((reason) -> assertThat(reason).contains("is not JSON"));
			assertThat(CloudEventHeaders.find(parked.headers(), "kafka_dlt-original-topic")).contains("product.events");
		}

		@Test
		void parksAReplyForAnOrderItDoesNotHave() {
			String unknown = UUID.randomUUID().toString();

			reply(aReply("PaymentAuthorized.v1").to(unknown));

			ConsumerRecord<String, String> parked = awaitRecords(DEAD_LETTERS, unknown, 1).get(0);
			assertThat(CloudEventHeaders.find(parked.headers(), "cloudshop_dlt-reason"))
				.hasValueSatisfying((reason) -> assertThat(reason).contains("unknown order"));
		}

	}

	@Nested
	class Timeouts {

		@Test
		void releasesTheStockAndCancelsWhenTheReservationIsNotAnswered() {
			String order = aPlacedOrder();

			passTheDeadline();
			Response compensating = awaitStatus(order, "COMPENSATING");
			List<ConsumerRecord<String, String>> stockCommands = awaitRecords(PRODUCT_COMMANDS, order, 2);
			reply(aReply("StockReleased.v1").to(order).atVersion(2));
			Response cancelled = awaitStatus(order, "CANCELLED");

			assertThat(compensating.text("reason")).isEqualTo("TIMEOUT");
			assertThat(types(stockCommands)).containsExactly("cloudshop.order.ReserveStock.v1",
					"cloudshop.order.ReleaseStock.v1");
			assertThat(cancelled.text("reason")).isEqualTo("TIMEOUT");
		}

		@Test
		void refundsAndReleasesWhenThePaymentIsNotAnsweredWhicheverAcknowledgementComesFirst() {
			String order = anOrderAwaitingPayment();

			passTheDeadline();
			awaitStatus(order, "COMPENSATING");
			List<ConsumerRecord<String, String>> paymentCommands = awaitRecords(PAYMENT_COMMANDS, order, 2);
			List<ConsumerRecord<String, String>> stockCommands = awaitRecords(PRODUCT_COMMANDS, order, 2);
			reply(aReply("StockReleased.v1").to(order).atVersion(2));
			reply(aReply("PaymentDeclined.v1").to(order).because("ORDER_REFUNDED"));
			reply(aReply("AccountCredited.v1").ofAggregate("Account").withKey(TestTokens.ALICE));

			await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
				.until(() -> "COMPENSATING".equals(api.getOrder(order).orderStatus()));
			reply(aReply("PaymentRefunded.v1").to(order).atVersion(2));
			Response cancelled = awaitStatus(order, "CANCELLED");

			assertThat(types(paymentCommands)).containsExactly("cloudshop.order.AuthorizePayment.v1",
					"cloudshop.order.RefundPayment.v1");
			GoldenSamples.assertSameShape(PAYMENT_COMMANDS, "RefundPayment.v1", paymentCommands.get(1).value());
			assertThat(types(stockCommands)).containsExactly("cloudshop.order.ReserveStock.v1",
					"cloudshop.order.ReleaseStock.v1");
			assertThat(cancelled.text("reason")).isEqualTo("TIMEOUT");
		}

		@Test
		void refundsAPaymentAuthorizedAfterTheOrderWasCancelled() {
			String order = anOrderAwaitingPayment();
			passTheDeadline();
			awaitStatus(order, "COMPENSATING");
			reply(aReply("StockReleased.v1").to(order).atVersion(2));
			reply(aReply("PaymentRefunded.v1").to(order).atVersion(2));
			awaitStatus(order, "CANCELLED");

			reply(aReply("PaymentAuthorized.v1").to(order));

			assertThat(types(awaitRecords(PAYMENT_COMMANDS, order, 3))).containsExactly(
					"cloudshop.order.AuthorizePayment.v1", "cloudshop.order.RefundPayment.v1",
					"cloudshop.order.RefundPayment.v1");
			assertThat(api.getOrder(order).orderStatus()).isEqualTo("CANCELLED");
		}

		@Test
		void sendsUnacknowledgedCompensationsAgain() {
			String order = aPlacedOrder();
			passTheDeadline();
			awaitStatus(order, "COMPENSATING");

			passTheDeadline();

			assertThat(types(awaitRecords(PRODUCT_COMMANDS, order, 3))).containsExactly(
					"cloudshop.order.ReserveStock.v1", "cloudshop.order.ReleaseStock.v1",
					"cloudshop.order.ReleaseStock.v1");
			assertThat(api.getOrder(order).orderStatus()).isEqualTo("COMPENSATING");
		}

	}

	@Nested
	class CustomerCancel {

		@Test
		void releasesTheStockOfAPendingOrderThenCancelsIt() {
			String order = aPlacedOrder();

			Response accepted = api.cancel(order);
			assertThat(types(awaitRecords(PRODUCT_COMMANDS, order, 2))).containsExactly(
					"cloudshop.order.ReserveStock.v1", "cloudshop.order.ReleaseStock.v1");
			reply(aReply("StockReleased.v1").to(order).atVersion(2));
			Response cancelled = awaitStatus(order, "CANCELLED");

			assertThat(accepted.status()).isEqualTo(202);
			assertThat(accepted.orderStatus()).isEqualTo("COMPENSATING");
			assertThat(accepted.text("reason")).isEqualTo("CUSTOMER_CANCELLED");
			assertThat(cancelled.text("reason")).isEqualTo("CUSTOMER_CANCELLED");
			Response again = api.cancel(order);
			assertThat(again.status()).isEqualTo(200);
			assertThat(again.orderStatus()).isEqualTo("CANCELLED");
		}

		@Test
		void refundsAndReleasesAnOrderAwaitingPayment() {
			String order = anOrderAwaitingPayment();

			assertThat(api.cancel(order).status()).isEqualTo(202);

			assertThat(types(awaitRecords(PAYMENT_COMMANDS, order, 2))).containsExactly(
					"cloudshop.order.AuthorizePayment.v1", "cloudshop.order.RefundPayment.v1");
			reply(aReply("PaymentRefunded.v1").to(order).atVersion(2));
			reply(aReply("StockReleased.v1").to(order).atVersion(2));
			assertThat(awaitStatus(order, "CANCELLED").text("reason")).isEqualTo("CUSTOMER_CANCELLED");
		}

		@Test
		void refusesToCancelAConfirmedOrder() {
			String order = anOrderAwaitingPayment();
			reply(aReply("PaymentAuthorized.v1").to(order));
			awaitStatus(order, "CONFIRMED");

			Response refused = api.cancel(order);

			assertThat(refused.status()).isEqualTo(409);
			assertThat(refused.problemType()).isEqualTo("order-not-cancellable");
		}

		@Test
		void cannotCancelAnotherCustomersOrder() {
			String order = aPlacedOrder();

			Response refused = api.as(UUID.fromString(TestTokens.BOB)).cancel(order);

			assertThat(refused.status()).isEqualTo(404);
			assertThat(api.getOrder(order).orderStatus()).isEqualTo("PENDING");
		}

	}

	private String anOrderAwaitingPayment() {
		String order = aPlacedOrder();
		reply(aReply("StockReserved.v1").to(order));
		awaitStatus(order, "AWAITING_PAYMENT");
		return order;
	}

	private double completed(String outcome, String reason) {
		Counter counter = this.meters.find("cloudshop.saga.completed").tag("outcome", outcome).tag("reason", reason)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static List<String> statuses(Response order) {
		return order.body().get("history").valueStream().map((change) -> change.get("status").asString()).toList();
	}

	/** The CloudEvents types of the records, in order. */
	private static List<String> types(List<ConsumerRecord<String, String>> records) {
		return records.stream().map((record) -> CloudEventHeaders.type(record.headers())).toList();
	}

}
