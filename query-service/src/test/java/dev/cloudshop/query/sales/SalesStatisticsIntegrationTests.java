package dev.cloudshop.query.sales;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import dev.cloudshop.query.CatalogApi;
import dev.cloudshop.query.CatalogApi.Response;
import dev.cloudshop.query.Events;
import dev.cloudshop.query.Events.Event;
import dev.cloudshop.query.OrderEvents;
import dev.cloudshop.query.QueryServiceIntegrationTest;
import dev.cloudshop.query.TestClock;
import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import dev.cloudshop.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.cloudshop.query.OrderEvents.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sales figures, read as of an instant each test stops the service's clock at: a moment of
 * its own, years back, so that the windows hold the test's orders and no other's.
 */
class SalesStatisticsIntegrationTests extends QueryServiceIntegrationTest {

	private static final String SALES = "/api/v1/stats/sales";

	private static final Instant LONG_AGO = Instant.parse("2010-01-01T00:00:00Z");

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient database;

	/** The instant the figures are read at. */
	private Instant now;

	private CatalogApi admin;

	@BeforeEach
	void stopTheClockAtAMomentOfTheTestsOwn() {
		this.now = LONG_AGO.plus(Duration.ofHours(ThreadLocalRandom.current().nextLong(24 * 365 * 9)));
		this.clock.stopAt(this.now);
		this.admin = api.withToken(TestTokens.admin());
	}

	@AfterEach
	void letTheClockRun() {
		this.clock.useSystemTime();
	}

	@Nested
	class Windows {

		@Test
		void countsEachOrderInTheWindowsItsConfirmationFallsIn() {
			OrderEvents halfAMinuteAgo = anOrder().withLine("Mug", 2, "12.50");
			OrderEvents twoMinutesAgo = anOrder().withLine("Tea", 1, "10.00");
			OrderEvents tenMinutesAgo = anOrder().withLine("Pot", 3, "5.00");
			OrderEvents fortyMinutesAgo = anOrder().withLine("Cup", 4, "3.00");
			OrderEvents inAMinute = anOrder().withLine("Jug", 5, "7.00");
			OrderEvents cancelledThreeMinutesAgo = anOrder().withLine("Pan", 6, "9.00");
			OrderEvents cancelledTwentyMinutesAgo = anOrder().withLine("Lid", 1, "1.00");
			List<Event> events = new ArrayList<>();
			events.addAll(confirmed(halfAMinuteAgo, ago(Duration.ofSeconds(30))));
			events.addAll(confirmed(twoMinutesAgo, ago(Duration.ofMinutes(2))));
			events.addAll(confirmed(tenMinutesAgo, ago(Duration.ofMinutes(10))));
			events.addAll(confirmed(fortyMinutesAgo, ago(Duration.ofMinutes(40))));
			events.addAll(confirmed(inAMinute, now.plus(Duration.ofMinutes(1))));
			events.addAll(cancelled(cancelledThreeMinutesAgo, ago(Duration.ofMinutes(3))));
			events.addAll(cancelled(cancelledTwentyMinutesAgo, ago(Duration.ofMinutes(20))));
			Events.publishAll(events);

			Response stats = awaitStatistics((response) -> window(response, 30).get("ordersConfirmed").asLong() == 3
					&& window(response, 30).get("unitsSold").asLong() == 6
					&& window(response, 30).get("ordersCancelled").asLong() == 2);

			assertThat(Instant.parse(stats.text("at"))).isEqualTo(now);
			assertWindow(stats, 1, 1, 2, "25.00", 0);
			assertWindow(stats, 5, 2, 3, "35.00", 1);
			assertWindow(stats, 30, 3, 6, "50.00", 2);
			assertThat(Instant.parse(window(stats, 5).get("since").asString())).isEqualTo(ago(Duration.ofMinutes(5)));
		}

		@Test
		void answersZeroesForWindowsWithoutOrders() {
			Response stats = admin.get(SALES);

			assertThat(stats.status()).isEqualTo(200);
			assertThat(stats.body().get("windows")).hasSize(3);
			for (int minutes : new int[] { 1, 5, 30 }) {
				assertWindow(stats, minutes, 0, 0, null, 0);
			}
			assertThat(stats.body().get("topProducts")).isEmpty();
		}

		@Test
		void keepsTheRevenueOfEachCurrencyApart() {
			OrderEvents euros = anOrder().withLine("Mug", 1, "10.00");
			OrderEvents dollars = anOrder().withLine("Mug", 1, "12.00");
			List<Event> events = new ArrayList<>(confirmed(euros, ago(Duration.ofMinutes(1))));
			confirmed(dollars, ago(Duration.ofMinutes(1)))
				.forEach((event) -> events.add(event.withValue(event.value().replace("\"EUR\"", "\"USD\""))));
			Events.publishAll(events);

			Response stats = awaitStatistics((response) -> window(response, 5).get("revenue").size() == 2);

			JsonNode revenue = window(stats, 5).get("revenue");
			assertThat(revenue.get(0).get("currency").asString()).isEqualTo("EUR");
			assertThat(revenue.get(0).get("amount").decimalValue()).isEqualByComparingTo("10.00");
			assertThat(revenue.get(1).get("currency").asString()).isEqualTo("USD");
			assertThat(revenue.get(1).get("amount").decimalValue()).isEqualByComparingTo("12.00");
		}

	}

	@Nested
	class Ordering {

		@Test
		void countsTheUnitsOfAnOrderConfirmedBeforeItsPlacingWasSeen() {
			OrderEvents order = anOrder().withLine("Mug", 4, "2.50");
			Event placed = order.placed(ago(Duration.ofMinutes(3)));
			order.confirmed(ago(Duration.ofMinutes(2))).publish();
			Response confirmedOnly = awaitStatistics(
					(response) -> window(response, 5).get("ordersConfirmed").asLong() == 1);
			assertThat(window(confirmedOnly, 5).get("unitsSold").asLong()).isZero();

			placed.publish();

			Response stats = awaitStatistics((response) -> window(response, 5).get("unitsSold").asLong() == 4);
			assertWindow(stats, 5, 1, 4, "10.00", 0);
		}

		@Test
		void countsARedeliveredConfirmationOnce() {
			OrderEvents order = anOrder().withLine("Mug", 1, "10.00");
			Event placed = order.placed(ago(Duration.ofMinutes(3)));
			Event confirmed = order.confirmed(ago(Duration.ofMinutes(2)));
			Events.publish(placed, confirmed);
			awaitStatistics((response) -> window(response, 5).get("ordersConfirmed").asLong() == 1);

			Event confirmedAgainLater = order.confirmed(ago(Duration.ofSeconds(10)));
			Events.publish(confirmed, confirmed.withHeader(CloudEventHeaders.ID, UUID.randomUUID().toString()),
					confirmedAgainLater);
			await().atMost(Duration.ofSeconds(30)).until(() -> processedBySales(confirmedAgainLater));

			Response stats = admin.get(SALES);
			assertWindow(stats, 1, 0, 0, null, 0);
			assertWindow(stats, 5, 1, 1, "10.00", 0);
		}

	}

	@Nested
	class TopProducts {

		@Test
		void ranksTheProductsOfTheLast30MinutesByUnitsSold() {
			UUID mug = UUID.randomUUID();
			UUID tea = UUID.randomUUID();
			UUID pot = UUID.randomUUID();
			UUID cup = UUID.randomUUID();
			List<Event> events = new ArrayList<>();
			events.addAll(confirmed(anOrder().withLine(mug, "Mug", 3, "5.00").withLine(tea, "Tea", 1, "2.00"),
					ago(Duration.ofMinutes(25))));
			events.addAll(confirmed(anOrder().withLine(mug, "Mug, blue", 2, "5.00"), ago(Duration.ofMinutes(4))));
			events.addAll(confirmed(anOrder().withLine(pot, "Pot", 7, "9.00"), ago(Duration.ofMinutes(1))));
			events.addAll(confirmed(anOrder().withLine(tea, "Tea", 3, "2.00"), ago(Duration.ofSeconds(5))));
			events.addAll(cancelled(anOrder().withLine(cup, "Cup", 50, "1.00"), ago(Duration.ofMinutes(2))));
			events.addAll(confirmed(anOrder().withLine(cup, "Cup", 40, "1.00"), ago(Duration.ofMinutes(31))));
			Events.publishAll(events);

			Response stats = awaitStatistics((response) -> window(response, 30).get("unitsSold").asLong() == 16);

			JsonNode top = stats.body().get("topProducts");
			assertThat(products(top)).containsExactly(pot.toString(), mug.toString(), tea.toString());
			assertThat(top.get(0).get("productName").asString()).isEqualTo("Pot");
			assertThat(top.get(0).get("unitsSold").asLong()).isEqualTo(7);
			assertThat(top.get(1).get("productName").asString()).isEqualTo("Mug, blue");
			assertThat(top.get(1).get("unitsSold").asLong()).isEqualTo(5);
			assertThat(top.get(2).get("unitsSold").asLong()).isEqualTo(4);
			assertThat(products(admin.get(SALES + "?top=2").body().get("topProducts"))).containsExactly(pot.toString(),
					mug.toString());
		}

		@Test
		void listsFiveProductsByDefault() {
			List<Event> events = new ArrayList<>();
			for (int i = 1; i <= 7; i++) {
				events.addAll(confirmed(anOrder().withLine("Product " + i, i, "1.00"), ago(Duration.ofMinutes(i))));
			}
			Events.publishAll(events);

			Response stats = awaitStatistics((response) -> window(response, 30).get("unitsSold").asLong() == 28);

			JsonNode top = stats.body().get("topProducts");
			assertThat(top).hasSize(5);
			assertThat(top.get(0).get("productName").asString()).isEqualTo("Product 7");
			assertThat(admin.get(SALES + "?top=20").body().get("topProducts")).hasSize(7);
		}

		@ParameterizedTest(name = "top={0}")
		@ValueSource(strings = { "0", "21", "x", "-1" })
		void rejectsAnotherNumberOfTopProducts(String top) {
			Response response = admin.get(SALES + "?top=" + top);

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.problemType()).isEqualTo("invalid-request");
			assertThat(response.errorFields()).containsExactly("top");
		}

	}

	@Nested
	class Access {

		@Test
		void answersAnAdministrator() {
			Response response = admin.get(SALES);

			assertThat(response.status()).isEqualTo(200);
			assertThat(response.body().propertyNames()).containsExactlyInAnyOrder("at", "windows", "topProducts",
					"freshness");
			assertThat(window(response, 1).propertyNames()).containsExactlyInAnyOrder("minutes", "since",
					"ordersConfirmed", "unitsSold", "revenue", "ordersCancelled");
		}

		@Test
		void refusesACustomer() {
			Response response = api.withToken(TestTokens.customer()).get(SALES);

			assertThat(response.status()).isEqualTo(403);
			assertThat(response.problemType()).isEqualTo("forbidden");
		}

		@Test
		void refusesAnAnonymousCaller() {
			Response response = api.anonymous().get(SALES);

			assertThat(response.status()).isEqualTo(401);
			assertThat(response.problemType()).isEqualTo("unauthorized");
		}

	}

	private boolean processedBySales(Event event) {
		return this.database.sql("select count(*) from processed_event where consumer = 'sales' and event_id = :id")
			.param("id", event.id())
			.query(Long.class)
			.single() == 1;
	}

	private Instant ago(Duration duration) {
		return this.now.minus(duration);
	}

	/** The order placed a minute before, then confirmed at the time. */
	private static List<Event> confirmed(OrderEvents order, Instant at) {
		return List.of(order.placed(at.minus(Duration.ofMinutes(1))), order.confirmed(at));
	}

	private static List<Event> cancelled(OrderEvents order, Instant at) {
		return List.of(order.placed(at.minus(Duration.ofMinutes(1))), order.cancelled("OUT_OF_STOCK", at));
	}

	private Response awaitStatistics(Predicate<Response> condition) {
		AtomicReference<Response> read = new AtomicReference<>();
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			read.set(this.admin.get(SALES));
			return read.get().status() == 200 && condition.test(read.get());
		});
		return read.get();
	}

	private static JsonNode window(Response response, int minutes) {
		for (JsonNode window : response.body().get("windows")) {
			if (window.get("minutes").asInt() == minutes) {
				return window;
			}
		}
		throw new AssertionError("No window of " + minutes + " minutes in " + response.body());
	}

	private static void assertWindow(Response response, int minutes, long confirmed, long units, String euros,
			long cancelled) {
		JsonNode window = window(response, minutes);
		assertThat(window.get("ordersConfirmed").asLong()).as("orders confirmed in %d min", minutes).isEqualTo(confirmed);
		assertThat(window.get("unitsSold").asLong()).as("units sold in %d min", minutes).isEqualTo(units);
		assertThat(window.get("ordersCancelled").asLong()).as("orders cancelled in %d min", minutes).isEqualTo(cancelled);
		JsonNode revenue = window.get("revenue");
		if (euros == null) {
			assertThat(revenue).as("revenue in %d min", minutes).isEmpty();
		}
		else {
			assertThat(revenue).as("revenue in %d min", minutes).hasSize(1);
			assertThat(revenue.get(0).get("currency").asString()).isEqualTo("EUR");
			assertThat(revenue.get(0).get("amount").decimalValue()).as("revenue in %d min", minutes)
				.isEqualByComparingTo(euros);
		}
	}

	private static List<String> products(JsonNode top) {
		List<String> ids = new ArrayList<>();
		top.forEach((product) -> ids.add(product.get("productId").asString()));
		return ids;
	}

}
