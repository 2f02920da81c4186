package dev.cloudshop.query.orders.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.cloudshop.contracts.GoldenSamples;
import dev.cloudshop.query.CatalogApi.Response;
import dev.cloudshop.query.Events;
import dev.cloudshop.query.Events.Event;
import dev.cloudshop.query.OrderEvents;
import dev.cloudshop.query.QueryServiceIntegrationTest;
import dev.cloudshop.query.orders.MyOrders;
import dev.cloudshop.query.orders.projection.OrderEventDecoder;
import dev.cloudshop.query.sales.projection.SalesEventDecoder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.cloudshop.query.OrderEvents.anOrder;
import static dev.cloudshop.query.orders.MyOrders.paymentState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The order view and the sales figures read every golden sample of the topics they consume:
 * each sample, sent as its producer sends it, shows in the view as the sample says, or is left
 * alone as the event of another aggregate. A new sample that is neither fails the test.
 */
class OrderContractIntegrationTests extends QueryServiceIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> ORDER_SAMPLES = List.of("OrderPlaced.v1", "OrderConfirmed.v1",
			"OrderCancelled.v1");

	private static final List<String> PAYMENT_SAMPLES = List.of("PaymentAuthorized.v1", "PaymentDeclined.v1",
			"PaymentRefunded.v1");

	/** Samples of other aggregates on payment.events (a customer's account), which the views leave alone. */
	private static final List<String> ACCOUNT_SAMPLES = List.of("AccountCredited.v1");

	@Autowired
	private JdbcClient database;

	private MyOrders myOrders;

	@BeforeEach
	void readTheOrderView() {
		this.myOrders = new MyOrders(api);
	}

	@Test
	void readsEverySampleOfOrderEvents() {
		assertThat(samples(Events.ORDER_EVENTS)).containsExactlyInAnyOrderElementsOf(ORDER_SAMPLES);
		for (String sample : ORDER_SAMPLES) {
			assertThat(OrderEventDecoder.reads("cloudshop.order." + sample)).as(sample).isTrue();
			assertThat(SalesEventDecoder.reads("cloudshop.order." + sample)).as(sample).isTrue();
		}
		String customerId = UUID.randomUUID().toString();
		String confirmedId = UUID.randomUUID().toString();
		String cancelledId = UUID.randomUUID().toString();

		Events.publish(orderEvent(confirmedId, customerId, 1, "OrderPlaced.v1"),
				orderEvent(confirmedId, customerId, 2, "OrderConfirmed.v1"),
				orderEvent(cancelledId, customerId, 1, "OrderPlaced.v1"),
				orderEvent(cancelledId, customerId, 2, "OrderCancelled.v1"));

		JsonNode placed = sample(Events.ORDER_EVENTS, "OrderPlaced.v1");
		Response confirmed = awaitOrder(customerId, confirmedId);
		assertThat(confirmed.text("status")).isEqualTo("CONFIRMED");
		JsonNode line = confirmed.body().get("lines").get(0);
		JsonNode sampleLine = placed.get("lines").get(0);
		assertThat(line.get("productId").asString()).isEqualTo(sampleLine.get("productId").asString());
		assertThat(line.get("productName").asString()).isEqualTo(sampleLine.get("productName").asString());
		assertThat(line.get("quantity").asInt()).isEqualTo(sampleLine.get("quantity").asInt());
		assertThat(line.get("unitPrice").decimalValue()).isEqualByComparingTo(sampleLine.get("unitPrice").decimalValue());
		assertThat(confirmed.body().get("total").decimalValue()).isEqualByComparingTo(placed.get("total").decimalValue());
		assertThat(confirmed.text("currency")).isEqualTo(placed.get("currency").asString());
		assertThat(Instant.parse(confirmed.text("placedAt"))).isEqualTo(Instant.parse(placed.get("placedAt").asString()));

		Response cancelled = awaitOrder(customerId, cancelledId);
		assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
		assertThat(cancelled.text("cancelReason"))
			.isEqualTo(sample(Events.ORDER_EVENTS, "OrderCancelled.v1").get("reason").asString());

		await().atMost(Duration.ofSeconds(30)).until(() -> salesLinesConfirmedAt(confirmedId)
			.equals(List.of(Instant.parse(sample(Events.ORDER_EVENTS, "OrderConfirmed.v1").get("confirmedAt").asString()))));
		await().atMost(Duration.ofSeconds(30)).until(() -> cancelledAt(cancelledId) != null);
		assertThat(Events.deadLetters(confirmedId)).isEmpty();
		assertThat(Events.deadLetters(cancelledId)).isEmpty();
	}

	@Test
	void readsEverySampleOfPaymentEvents() {
		List<String> known = new ArrayList<>(PAYMENT_SAMPLES);
		known.addAll(ACCOUNT_SAMPLES);
		assertThat(samples(Events.PAYMENT_EVENTS)).containsExactlyInAnyOrderElementsOf(known);
		OrderEvents order = anOrder();
		order.placed().publish();
		for (String sample : PAYMENT_SAMPLES) {
			assertThat(OrderEventDecoder.reads("cloudshop.payment." + sample)).as(sample).isTrue();
			ObjectNode payload = (ObjectNode) sample(Events.PAYMENT_EVENTS, sample);
			payload.put("orderId", order.id());
			long version = sample.startsWith("PaymentRefunded") ? 2 : 1;
			event(Events.PAYMENT_EVENTS, OrderEvents.PAYMENT, order.id(), version, "cloudshop.payment." + sample,
					payload)
				.publish();
		}

		Response shown = myOrders.awaitOrder(order, (response) -> paymentState(response).equals("REFUNDED")
				&& response.body().get("payment").get("declineReason").isString());

		assertThat(shown.body().get("payment").get("amount").decimalValue())
			.isEqualByComparingTo(sample(Events.PAYMENT_EVENTS, "PaymentRefunded.v1").get("amount").decimalValue());
		assertThat(shown.body().get("payment").get("declineReason").asString())
			.isEqualTo(sample(Events.PAYMENT_EVENTS, "PaymentDeclined.v1").get("reason").asString());
		List<String> steps = new ArrayList<>();
		shown.body().get("timeline").forEach((entry) -> steps.add(entry.get("status").asString()));
		assertThat(steps).contains("PAYMENT_AUTHORIZED", "PAYMENT_DECLINED", "PAYMENT_REFUNDED");
	}

	@Test
	void leavesTheAccountsOnPaymentEventsAlone() {
		String customerId = UUID.randomUUID().toString();
		ObjectNode payload = (ObjectNode) sample(Events.PAYMENT_EVENTS, "AccountCredited.v1");
		payload.put("customerId", customerId);
		OrderEvents order = anOrder().of(customerId);

		Events.publish(event(Events.PAYMENT_EVENTS, "Account", customerId, 1, "cloudshop.payment.AccountCredited.v1",
				payload), order.paymentAuthorized(), order.placed());

		myOrders.awaitOrder(order, (response) -> paymentState(response).equals("AUTHORIZED"));
		assertThat(Events.deadLetters(customerId)).isEmpty();
	}

	private Response awaitOrder(String customerId, String orderId) {
		Response[] read = new Response[1];
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			read[0] = myOrders.asCustomer(customerId).get(MyOrders.ORDERS + "/" + orderId);
			return read[0].status() == 200 && read[0].body().get("freshness").get("orderVersion").asLong() == 2;
		});
		return read[0];
	}

	private List<Instant> salesLinesConfirmedAt(String orderId) {
		return this.database.sql("select confirmed_at from sales_line where order_id = cast(:id as uuid)")
			.param("id", orderId)
			.query((row, number) -> (row.getTimestamp(1) != null) ? row.getTimestamp(1).toInstant() : null)
			.list();
	}

	private Instant cancelledAt(String orderId) {
		return this.database.sql("select cancelled_at from sales_order where order_id = cast(:id as uuid)")
			.param("id", orderId)
			.query((row, number) -> (row.getTimestamp(1) != null) ? row.getTimestamp(1).toInstant() : null)
			.optional()
			.orElse(null);
	}

	private static Event orderEvent(String orderId, String customerId, long version, String sample) {
		ObjectNode payload = (ObjectNode) sample(Events.ORDER_EVENTS, sample);
		payload.put("orderId", orderId);
		payload.put("customerId", customerId);
		return event(Events.ORDER_EVENTS, OrderEvents.ORDER, orderId, version, "cloudshop.order." + sample, payload);
	}

	private static Event event(String topic, String aggregateType, String aggregateId, long version, String type,
			JsonNode payload) {
		return Event.of(topic, aggregateType, aggregateId, version, type, OrderEvents.now(),
				JSON.writeValueAsString(payload));
	}

	private static JsonNode sample(String topic, String name) {
		return GoldenSamples.load(topic, name);
	}

	/** The names of every sample of the topic on the classpath, e.g. {@code OrderPlaced.v1}. */
	private static List<String> samples(String topic) {
		try {
			List<String> names = new ArrayList<>();
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:contracts/" + topic + "/*.json")) {
				names.add(resource.getFilename().replaceFirst("\\.json$", ""));
			}
			return names;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
