package dev.cloudshop.query.orders;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import dev.cloudshop.query.CatalogApi.Response;
import dev.cloudshop.query.Events;
import dev.cloudshop.query.Events.Event;
import dev.cloudshop.query.OrderEvents;
import dev.cloudshop.query.QueryServiceIntegrationTest;
import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import dev.cloudshop.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.cloudshop.query.OrderEvents.anOrder;
import static dev.cloudshop.query.OrderEvents.now;
import static dev.cloudshop.query.orders.MyOrders.ORDERS;
import static dev.cloudshop.query.orders.MyOrders.paymentState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Events on order.events and payment.events, as a customer's order view shows them. */
class OrderViewIntegrationTests extends QueryServiceIntegrationTest {

	private static final String TOKEN = "Consistency-Token";

	private static final String STATUS = "Consistency-Status";

	@Autowired
	private JdbcClient database;

	private MyOrders myOrders;

	@BeforeEach
	void readTheOrderView() {
		this.myOrders = new MyOrders(api);
	}

	@Nested
	class LifeOfAnOrder {

		@Test
		void showsAPlacedOrderPendingWithItsLinesAndTotal() {
			UUID mug = UUID.randomUUID();
			OrderEvents order = anOrder().withLine(mug, "Mug", 2, "12.50").withLine("Tea", 1, "4.99");
			Event placed = order.placed().publish();

			Response shown = myOrders.awaitOrder(order, 1);

			JsonNode body = shown.body();
			assertThat(body.propertyNames()).containsExactlyInAnyOrder("orderId", "status", "cancelReason", "lines",
					"total", "currency", "placedAt", "payment", "timeline", "freshness");
			assertThat(shown.text("orderId")).isEqualTo(order.id());
			assertThat(shown.text("status")).isEqualTo("PENDING");
			assertThat(body.get("cancelReason").isNull()).isTrue();
			JsonNode line = body.get("lines").get(0);
			assertThat(line.propertyNames()).containsExactlyInAnyOrder("productId", "productName", "quantity",
					"unitPrice", "lineTotal");
			assertThat(line.get("productId").asString()).isEqualTo(mug.toString());
			assertThat(line.get("productName").asString()).isEqualTo("Mug");
			assertThat(line.get("quantity").asInt()).isEqualTo(2);
			assertThat(line.get("unitPrice").decimalValue()).isEqualByComparingTo("12.50");
			assertThat(line.get("lineTotal").decimalValue()).isEqualByComparingTo("25.00");
			assertThat(body.get("lines").get(1).get("lineTotal").decimalValue()).isEqualByComparingTo("4.99");
			assertThat(body.get("total").decimalValue()).isEqualByComparingTo("29.99");
			assertThat(shown.text("currency")).isEqualTo("EUR");
			assertThat(Instant.parse(shown.text("placedAt"))).isEqualTo(placed.time());
			assertThat(paymentState(shown)).isEqualTo("PENDING");
			assertThat(body.get("payment").get("amount").isNull()).isTrue();
			assertThat(steps(shown)).containsExactly("PENDING");
			JsonNode freshness = body.get("freshness");
			assertThat(freshness.get("orderVersion").asLong()).isEqualTo(1);
			assertThat(Instant.parse(freshness.get("lastEventAt").asString())).isEqualTo(placed.time());
			assertThat(Instant.parse(freshness.get("appliedAt").asString())).isAfterOrEqualTo(placed.time())
				.isBeforeOrEqualTo(Instant.now());
		}

		@Test
		void showsAConfirmedOrderWithItsPaymentAuthorized() {
			OrderEvents order = anOrder();
			Instant placedAt = now().minusSeconds(3);
			Event placed = order.placed(placedAt);
			Event authorized = order.paymentAuthorized(placedAt.plusSeconds(1));
			Event confirmed = order.confirmed(placedAt.plusSeconds(2));
			Events.publish(placed, authorized, confirmed);

			Response shown = myOrders.awaitOrder(order, (response) -> response.text("status").equals("CONFIRMED")
					&& paymentState(response).equals("AUTHORIZED"));

			assertThat(shown.body().get("freshness").get("orderVersion").asLong()).isEqualTo(2);
			JsonNode payment = shown.body().get("payment");
			assertThat(payment.get("amount").decimalValue()).isEqualByComparingTo(order.total());
			assertThat(Instant.parse(payment.get("at").asString())).isEqualTo(authorized.time());
			assertThat(payment.get("declineReason").isNull()).isTrue();
			assertThat(steps(shown)).containsExactly("PENDING", "PAYMENT_AUTHORIZED", "CONFIRMED");
			assertThat(times(shown)).containsExactly(placed.time(), authorized.time(), confirmed.time());
			assertThat(Instant.parse(shown.body().get("freshness").get("lastEventAt").asString()))
				.isEqualTo(confirmed.time());
		}

		@Test
		void showsAnOrderCancelledForADeclinedPayment() {
			OrderEvents order = anOrder();
			Events.publish(order.placed(), order.paymentDeclined("INSUFFICIENT_FUNDS"),
					order.cancelled("PAYMENT_DECLINED"));

			Response shown = myOrders.awaitOrder(order, (response) -> response.text("status").equals("CANCELLED")
					&& paymentState(response).equals("DECLINED"));

			assertThat(shown.text("cancelReason")).isEqualTo("PAYMENT_DECLINED");
			assertThat(shown.body().get("payment").get("declineReason").asString()).isEqualTo("INSUFFICIENT_FUNDS");
			assertThat(shown.body().get("payment").get("amount").decimalValue()).isEqualByComparingTo(order.total());
			assertThat(steps(shown)).containsExactly("PENDING", "PAYMENT_DECLINED", "CANCELLED");
		}

		@Test
		void showsTheRefundOfAnOrderCancelledAfterItsPaymentWasTaken() {
			OrderEvents order = anOrder();
			Events.publish(order.placed(), order.paymentAuthorized(), order.cancelled("TIMEOUT"));
			myOrders.awaitOrder(order, (response) -> response.text("status").equals("CANCELLED")
					&& paymentState(response).equals("AUTHORIZED"));

			Event refunded = order.paymentRefunded().publish();

			Response shown = myOrders.awaitOrder(order, (response) -> paymentState(response).equals("REFUNDED"));
			assertThat(shown.text("cancelReason")).isEqualTo("TIMEOUT");
			assertThat(shown.body().get("payment").get("amount").decimalValue()).isEqualByComparingTo(order.total());
			assertThat(Instant.parse(shown.body().get("payment").get("at").asString())).isEqualTo(refunded.time());
			assertThat(steps(shown)).containsExactly("PENDING", "PAYMENT_AUTHORIZED", "CANCELLED", "PAYMENT_REFUNDED");
		}

		@Test
		void showsACustomerCancellation() {
			OrderEvents order = anOrder();
			Events.publish(order.placed(), order.cancelled("CUSTOMER_CANCELLED"));

			Response shown = myOrders.awaitOrder(order, 2);

			assertThat(shown.text("status")).isEqualTo("CANCELLED");
			assertThat(shown.text("cancelReason")).isEqualTo("CUSTOMER_CANCELLED");
			assertThat(paymentState(shown)).isEqualTo("PENDING");
		}

	}

	@Nested
	class Ordering {

		@Test
		void appliesAnOrdersEndThatComesBeforeItsPlacing() {
			OrderEvents order = anOrder();
			Event placed = order.placed();
			Event confirmed = order.confirmed();
			confirmed.publish();
			await().atMost(Duration.ofSeconds(30)).until(() -> parkedVersions(order).equals(List.of(2L)));
			assertThat(myOrders.order(order).status()).isEqualTo(404);

			placed.publish();

			Response shown = myOrders.awaitOrder(order, 2);
			assertThat(shown.text("status")).isEqualTo("CONFIRMED");
			assertThat(steps(shown)).containsExactly("PENDING", "CONFIRMED");
			assertThat(parkedVersions(order)).isEmpty();
		}

		@Test
		void mergesAPaymentThatComesBeforeItsOrder() {
			OrderEvents order = anOrder();
			Event placed = order.placed();
			order.paymentAuthorized().publish();
			await().atMost(Duration.ofSeconds(30)).until(() -> paymentSteps(order).equals(List.of("AUTHORIZED")));
			assertThat(myOrders.order(order).status()).isEqualTo(404);

			placed.publish();

			Response shown = myOrders.awaitOrder(order, 1);
			assertThat(shown.text("status")).isEqualTo("PENDING");
			assertThat(paymentState(shown)).isEqualTo("AUTHORIZED");
		}

		@Test
		void appliesARedeliveredOrderEventOnlyOnce() {
			OrderEvents order = anOrder();
			Event placed = order.placed();
			Event confirmed = order.confirmed();
			Events.publish(placed, confirmed);
			myOrders.awaitOrder(order, 2);

			Event againUnderAnotherId = placed.withHeader(CloudEventHeaders.ID, UUID.randomUUID().toString());
			Events.publish(placed, againUnderAnotherId);
			await().atMost(Duration.ofSeconds(30)).until(() -> processedCount(againUnderAnotherId) == 1);

			Response shown = myOrders.order(order);
			assertThat(shown.text("status")).isEqualTo("CONFIRMED");
			assertThat(shown.body().get("freshness").get("orderVersion").asLong()).isEqualTo(2);
			assertThat(steps(shown)).containsExactly("PENDING", "CONFIRMED");
			assertThat(processedCount(placed)).isEqualTo(1);
		}

		@Test
		void keepsTheFirstOfARepeatedPaymentStep() {
			OrderEvents order = anOrder();
			Instant first = now().minusSeconds(5);
			Event authorized = order.paymentAuthorized(first);
			Events.publish(order.placed(first.minusSeconds(1)), authorized);
			myOrders.awaitOrder(order, (response) -> paymentState(response).equals("AUTHORIZED"));

			Event answeredAgain = order.paymentAuthorized(now());
			Events.publish(authorized, answeredAgain);
			await().atMost(Duration.ofSeconds(30)).until(() -> processedCount(answeredAgain) == 1);

			Response shown = myOrders.order(order);
			assertThat(Instant.parse(shown.body().get("payment").get("at").asString())).isEqualTo(first);
			assertThat(steps(shown)).containsExactly("PENDING", "PAYMENT_AUTHORIZED");
		}

		@Test
		void keepsAVoidedPaymentRefundedWhenALateDeclineFollows() {
			OrderEvents order = anOrder();
			Instant voidedAt = now().minusSeconds(2);
			Events.publish(order.placed(voidedAt.minusSeconds(1)), order.paymentVoided(voidedAt),
					order.cancelled("TIMEOUT", voidedAt.plusMillis(1)));
			myOrders.awaitOrder(order, (response) -> paymentState(response).equals("REFUNDED"));

			order.paymentDeclined("ORDER_REFUNDED").publish();

			Response shown = myOrders.awaitOrder(order,
					(response) -> response.body().get("payment").get("declineReason").isString());
			JsonNode payment = shown.body().get("payment");
			assertThat(payment.get("state").asString()).isEqualTo("REFUNDED");
			assertThat(payment.get("amount").decimalValue()).isEqualByComparingTo("0.00");
			assertThat(payment.get("declineReason").asString()).isEqualTo("ORDER_REFUNDED");
			assertThat(Instant.parse(payment.get("at").asString())).isEqualTo(voidedAt);
		}

		@Test
		void advancesTheVersionOverAnEventOfAnUnknownType() {
			OrderEvents order = anOrder();
			Events.publish(order.placed(), order.ofUnknownType("OrderShipped.v1"));

			Response afterUnknown = myOrders.awaitOrder(order, 2);
			assertThat(afterUnknown.text("status")).isEqualTo("PENDING");

			order.confirmed().publish();

			assertThat(myOrders.awaitOrder(order, 3).text("status")).isEqualTo("CONFIRMED");
		}

		@Test
		void leavesAccountEventsOnThePaymentTopicAlone() {
			String customerId = UUID.randomUUID().toString();
			Event.of(Events.PAYMENT_EVENTS, "Account", customerId, 1, "cloudshop.payment.AccountCredited.v1", now(),
					"{\"customerId\":\"" + customerId + "\",\"amount\":10.00,\"currency\":\"EUR\",\"balance\":10.00}")
				.publish();
			OrderEvents order = anOrder().of(customerId);
			order.placed().publish();

			myOrders.awaitOrder(order, 1);
			assertThat(Events.deadLetters(customerId)).isEmpty();
			assertThat(paymentSteps(customerId)).isEmpty();
		}

	}

	@Nested
	class PoisonRecords {

		@Test
		void parksARecordThatIsNotJsonOnTheDeadLetterTopicAndAppliesTheNextOne() {
			OrderEvents order = anOrder();
			Event placed = order.placed();
			placed.withValue("{not json").withHeader(CloudEventHeaders.ID, UUID.randomUUID().toString()).publish();
			placed.publish();

			myOrders.awaitOrder(order, 1);

			List<ConsumerRecord<String, String>> deadLetters = awaitDeadLetters(order.id(), 2);
			assertThat(deadLetters).extracting(ConsumerRecord::value).containsOnly("{not json");
			assertThat(deadLetters).extracting((record) -> header(record, "kafka_dlt-original-consumer-group"))
				.containsExactlyInAnyOrder("query-service-orders", "query-service-sales");
			assertThat(deadLetters).allSatisfy((record) -> {
				assertThat(header(record, "cloudshop_dlt-reason")).contains("OrderPlaced");
				assertThat(header(record, "kafka_dlt-original-topic")).isEqualTo(Events.ORDER_EVENTS);
			});
		}

		@Test
		void parksAPaymentEventAboutAnotherOrderThanItsRecord() {
			OrderEvents order = anOrder();
			OrderEvents other = anOrder();
			Event misdirected = other.paymentAuthorized();
			new Event(Events.PAYMENT_EVENTS, order.id(), misdirected.headers(), misdirected.value())
				.withHeader(CloudEventHeaders.SUBJECT, order.id())
				.publish();

			ConsumerRecord<String, String> deadLetter = Events.awaitDeadLetter(order.id());

			assertThat(header(deadLetter, "cloudshop_dlt-reason")).contains("is about order " + other.id());
			assertThat(header(deadLetter, "kafka_dlt-original-topic")).isEqualTo(Events.PAYMENT_EVENTS);
		}

		private List<ConsumerRecord<String, String>> awaitDeadLetters(String key, int count) {
			List<ConsumerRecord<String, String>> found = new ArrayList<>();
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				found.clear();
				found.addAll(Events.deadLetters(key));
				return found.size() >= count;
			});
			return found;
		}

	}

	@Nested
	class Ownership {

		@Test
		void answersNotFoundForAnotherCustomersOrder() {
			OrderEvents order = anOrder();
			order.placed().publish();
			myOrders.awaitOrder(order, 1);
			String stranger = UUID.randomUUID().toString();

			Response response = myOrders.asCustomer(stranger).get(ORDERS + "/" + order.id());

			assertThat(response.status()).isEqualTo(404);
			assertThat(response.problemType()).isEqualTo("order-not-found");
			assertThat(myOrders.orders(stranger, "").totalElements()).isZero();
		}

		@Test
		void answersNotFoundForAnOrderNeverPlaced() {
			Response response = myOrders.asCustomer(UUID.randomUUID().toString())
				.get(ORDERS + "/" + UUID.randomUUID());

			assertThat(response.status()).isEqualTo(404);
			assertThat(response.problemType()).isEqualTo("order-not-found");
			assertThat(response.header(STATUS)).isNull();
		}

		@Test
		void refusesAnonymousCallers() {
			Response response = api.anonymous().get(ORDERS);

			assertThat(response.status()).isEqualTo(401);
			assertThat(response.problemType()).isEqualTo("unauthorized");
		}

		@Test
		void refusesCallersWhoAreNoCustomers() {
			Response response = api.withToken(TestTokens.admin()).get(ORDERS);

			assertThat(response.status()).isEqualTo(403);
			assertThat(response.problemType()).isEqualTo("forbidden");
		}

		@Test
		void refusesAnExpiredToken() {
			assertThat(api.withToken(TestTokens.expired()).get(ORDERS).status()).isEqualTo(401);
		}

	}

	@Nested
	class Listing {

		@Test
		void listsTheCustomersOrdersNewestFirstPageByPage() {
			String customerId = UUID.randomUUID().toString();
			Instant start = now().minusSeconds(60);
			List<OrderEvents> orders = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				OrderEvents order = anOrder().of(customerId);
				order.placed(start.plusSeconds(i)).publish();
				orders.add(order);
			}
			anOrder().placed().publish();
			await().atMost(Duration.ofSeconds(30))
				.until(() -> myOrders.orders(customerId, "").totalElements() == 3);

			Response first = myOrders.orders(customerId, "page=0&size=2");
			Response second = myOrders.orders(customerId, "page=1&size=2");

			assertThat(ids(first)).containsExactly(orders.get(2).id(), orders.get(1).id());
			assertThat(ids(second)).containsExactly(orders.get(0).id());
			JsonNode page = first.body().get("page");
			assertThat(page.get("size").asInt()).isEqualTo(2);
			assertThat(page.get("number").asInt()).isZero();
			assertThat(page.get("totalElements").asLong()).isEqualTo(3);
			assertThat(page.get("totalPages").asInt()).isEqualTo(2);
			assertThat(first.content().get(0).get("lines")).hasSize(1);
			assertThat(first.content().get(0).get("payment").get("state").asString()).isEqualTo("PENDING");
		}

		@Test
		void listsNothingForACustomerWithoutOrders() {
			Response response = myOrders.orders(UUID.randomUUID().toString(), "");

			assertThat(response.status()).isEqualTo(200);
			assertThat(response.content()).isEmpty();
			assertThat(response.totalElements()).isZero();
		}

		@ParameterizedTest(name = "{0}={1}")
		@CsvSource({ "page, -1", "page, x", "size, 0", "size, 101" })
		void rejectsABadPageParameterNamingIt(String field, String value) {
			Response response = myOrders.orders(UUID.randomUUID().toString(), field + "=" + value);

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.problemType()).isEqualTo("invalid-request");
			assertThat(response.errorFields()).containsExactly(field);
		}

		@Test
		void rejectsAnIdThatIsNotAUuid() {
			Response response = myOrders.asCustomer(UUID.randomUUID().toString()).get(ORDERS + "/not-a-uuid");

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.problemType()).isEqualTo("invalid-request");
			assertThat(response.errorFields()).containsExactly("orderId");
		}

	}

	@Nested
	class ReadYourWrites {

		@Test
		void waitsForAnOrderNotYetPlacedAndAnswersCaughtUp() {
			OrderEvents order = anOrder();
			Event placed = order.placed();

			CompletableFuture<Response> read = CompletableFuture
				.supplyAsync(() -> myOrders.order(order, TOKEN, order.token()));
			await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !read.isDone());
			placed.publish();

			Response response = read.join();
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.header(STATUS)).isEqualTo("caught-up");
			assertThat(response.text("status")).isEqualTo("PENDING");
		}

		@Test
		void waitsInTheListToo() {
			OrderEvents order = anOrder();
			Event placed = order.placed();

			CompletableFuture<Response> read = CompletableFuture
				.supplyAsync(() -> myOrders.orders(order.customerId(), "", TOKEN, order.token()));
			await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !read.isDone());
			placed.publish();

			Response response = read.join();
			assertThat(response.header(STATUS)).isEqualTo("caught-up");
			assertThat(ids(response)).containsExactly(order.id());
		}

		@Test
		void answersCaughtUpAtOnceForAWriteAlreadyShown() {
			OrderEvents order = anOrder();
			Events.publish(order.placed(), order.confirmed());
			myOrders.awaitOrder(order, 2);

			long started = System.nanoTime();
			Response response = myOrders.order(order, TOKEN, "Order:" + order.id() + ":1");

			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1000));
			assertThat(response.header(STATUS)).isEqualTo("caught-up");
			assertThat(response.text("status")).isEqualTo("CONFIRMED");
		}

		@Test
		void answersStaleWithTheCurrentViewWhenTheWaitRunsOut() {
			OrderEvents order = anOrder();
			order.placed().publish();
			myOrders.awaitOrder(order, 1);

			long started = System.nanoTime();
			Response response = myOrders.order(order, TOKEN, "Order:" + order.id() + ":2");

			assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(1400));
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.header(STATUS)).isEqualTo("stale");
			assertThat(response.text("status")).isEqualTo("PENDING");
		}

		@Test
		void answersNotFoundAndStaleForAnOrderThatNeverCame() {
			OrderEvents order = anOrder();
			order.placed();

			Response response = myOrders.order(order, TOKEN, order.token());

			assertThat(response.status()).isEqualTo(404);
			assertThat(response.problemType()).isEqualTo("order-not-found");
			assertThat(response.header(STATUS)).isEqualTo("stale");
		}

		@Test
		void neverCatchesUpWithAnotherCustomersOrder() {
			OrderEvents order = anOrder();
			order.placed().publish();
			myOrders.awaitOrder(order, 1);

			Response response = myOrders.asCustomer(UUID.randomUUID().toString())
				.get(ORDERS + "/" + order.id(), TOKEN, order.token());

			assertThat(response.status()).isEqualTo(404);
			assertThat(response.header(STATUS)).isEqualTo("stale");
		}

		@ParameterizedTest(name = "{0}")
		@CsvSource({ "not a token", "Order:abc", "Order:0b6f9a52-3c1e-4d8a-9f2e-7c5d1a4b8e90:0",
				"Product:0b6f9a52-3c1e-4d8a-9f2e-7c5d1a4b8e90:1", "Order:not-a-uuid:1" })
		void rejectsATokenItCannotWaitFor(String token) {
			String customerId = UUID.randomUUID().toString();
			Response order = myOrders.asCustomer(customerId).get(ORDERS + "/" + UUID.randomUUID(), TOKEN, token);
			Response list = myOrders.orders(customerId, "", TOKEN, token);

			for (Response response : List.of(order, list)) {
				assertThat(response.status()).isEqualTo(400);
				assertThat(response.problemType()).isEqualTo("invalid-consistency-token");
				assertThat(response.errorFields()).containsExactly(TOKEN);
			}
		}

	}

	@Test
	void publishesTheProjectionLagOfTheOrderViewAndTheSalesFigures() {
		OrderEvents order = anOrder();
		order.placed().publish();
		myOrders.awaitOrder(order, 1);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			String metrics = api.text("/actuator/prometheus");
			assertThat(metrics)
				.containsPattern("(?m)^cloudshop_projection_lag_seconds\\{[^}]*projection=\"orders\"[^}]*} [0-9.eE+-]+$")
				.containsPattern("(?m)^cloudshop_projection_lag_seconds\\{[^}]*projection=\"sales\"[^}]*} [0-9.eE+-]+$")
				.containsPattern("(?m)^cloudshop_projection_lag_seconds\\{[^}]*projection=\"catalog\"[^}]*} [0-9.eE+-]+$");
		});
	}

	private static List<String> steps(Response response) {
		List<String> steps = new ArrayList<>();
		response.body().get("timeline").forEach((entry) -> steps.add(entry.get("status").asString()));
		return steps;
	}

	private static List<Instant> times(Response response) {
		List<Instant> times = new ArrayList<>();
		response.body().get("timeline").forEach((entry) -> times.add(Instant.parse(entry.get("at").asString())));
		return times;
	}

	private static List<String> ids(Response response) {
		return response.content().stream().map((order) -> order.get("orderId").asString()).toList();
	}

	private List<Long> parkedVersions(OrderEvents order) {
		return this.database.sql("select version from orders_parked_event where order_id = cast(:id as uuid) order by version")
			.param("id", order.id())
			.query(Long.class)
			.list();
	}

	private List<String> paymentSteps(OrderEvents order) {
		return paymentSteps(order.id());
	}

	private List<String> paymentSteps(String orderId) {
		return this.database.sql("select step from orders_payment_step where order_id = cast(:id as uuid) order by step")
			.param("id", orderId)
			.query(String.class)
			.list();
	}

	private long processedCount(Event event) {
		return this.database.sql("select count(*) from processed_event where event_id = :id and consumer = 'orders'")
			.param("id", event.id())
			.query(Long.class)
			.single();
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

}
