package dev.cloudshop.order.order.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.cloudshop.order.OrderApi;
import dev.cloudshop.order.OrderApi.Response;
import dev.cloudshop.order.OrderServiceIntegrationTest;
import dev.cloudshop.testsupport.TestTokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static dev.cloudshop.order.OrderApi.ORDERS;
import static dev.cloudshop.order.OrderApi.orderPath;
import static dev.cloudshop.order.order.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

class OrderApiIntegrationTests extends OrderServiceIntegrationTest {

	@Nested
	class PlacingAnOrder {

		@Test
		void placesAPendingOrderAtTheCatalogsCurrentPrices() {
			UUID mug = productService.knows(UUID.randomUUID(), "Mug, blue", "12.50", "EUR", "ACTIVE");
			UUID shirt = productService.knows(UUID.randomUUID(), "T-shirt, red, M", "19.99", "EUR", "ACTIVE");

			Response placed = api.post(ORDERS, anOrder().withLine(mug, 3, "1").withLine(shirt, 1, "1").asRequest());

			assertThat(placed.status()).isEqualTo(201);
			assertThat(placed.location().getPath()).isEqualTo(orderPath(placed.id()));
			assertThat(placed.etag()).isEqualTo("\"1\"");
			assertThat(placed.consistencyToken()).isEqualTo("Order:" + placed.id() + ":1");
			assertThat(placed.orderStatus()).isEqualTo("PENDING");
			assertThat(placed.body().get("reason").isNull()).isTrue();
			assertThat(placed.body().get("total").decimalValue()).isEqualByComparingTo("57.49");
			assertThat(placed.text("currency")).isEqualTo("EUR");
			JsonNode lines = placed.body().get("lines");
			assertThat(lines).hasSize(2);
			assertThat(lines.get(0).get("productId").asString()).isEqualTo(mug.toString());
			assertThat(lines.get(0).get("productName").asString()).isEqualTo("Mug, blue");
			assertThat(lines.get(0).get("unitPrice").decimalValue()).isEqualByComparingTo("12.50");
			assertThat(lines.get(0).get("total").decimalValue()).isEqualByComparingTo("37.50");
			JsonNode history = placed.body().get("history");
			assertThat(history).hasSize(1);
			assertThat(history.get(0).get("status").asString()).isEqualTo("PENDING");
			assertThat(history.get(0).get("at").asString()).isEqualTo(placed.text("placedAt"));
		}

		@Test
		void showsThePlacedOrderAtItsLocation() {
			Response placed = api.place(anOrderOf("4.20"));

			Response read = api.get(placed.location().getPath());

			assertThat(read.status()).isEqualTo(200);
			assertThat(read.body()).isEqualTo(placed.body());
			assertThat(read.etag()).isEqualTo(placed.etag());
		}

		@Test
		void refusesAnUnknownProductNamingItAndStoresNothing() {
			UUID customer = UUID.randomUUID();
			UUID known = productService.aProduct("5.00");
			UUID unknown = UUID.randomUUID();

			Response refused = api.as(customer).post(ORDERS, anOrder().withLine(known, 1, "5").withLine(unknown, 1, "5")
				.asRequest());

			assertThat(refused.status()).isEqualTo(422);
			assertThat(refused.problemType()).isEqualTo("unknown-product");
			assertThat(refused.text("detail")).contains(unknown.toString());
			assertThat(refused.body().get("productIds")).extracting(JsonNode::asString).containsExactly(unknown.toString());
			assertThat(api.as(customer).get(ORDERS).body().get("page").get("totalElements").asInt()).isZero();
		}

		@Test
		void refusesADiscontinuedProduct() {
			UUID discontinued = productService.aDiscontinuedProduct();

			Response refused = api.post(ORDERS, anOrder().withLine(discontinued, 1, "9.99").asRequest());

			assertThat(refused.status()).isEqualTo(422);
			assertThat(refused.problemType()).isEqualTo("product-unavailable");
			assertThat(refused.text("detail")).contains(discontinued.toString());
		}

		@Test
		void refusesProductsPricedInDifferentCurrencies() {
			Response refused = api.post(ORDERS, anOrder().withLine(productService.aProduct("5.00", "EUR"), 1, "5")
				.withLine(productService.aProduct("5.00", "USD"), 1, "5")
				.asRequest());

			assertThat(refused.status()).isEqualTo(422);
			assertThat(refused.problemType()).isEqualTo("mixed-currencies");
			assertThat(refused.body().get("currencies")).extracting(JsonNode::asString).containsExactly("EUR", "USD");
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("dev.cloudshop.order.order.web.OrderApiIntegrationTests#invalidOrders")
		void refusesInvalidInputNamingTheField(String json, String field) {
			Response refused = api.exchange(HttpMethod.POST, ORDERS, json, MediaType.APPLICATION_JSON);

			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.problemType()).isEqualTo("invalid-request");
			assertThat(refused.errorFields()).contains(field);
			assertThat(productService.lookups()).as("nothing priced").isZero();
		}

		@Test
		void refusesMalformedJson() {
			Response refused = api.exchange(HttpMethod.POST, ORDERS, "{\"lines\": [", MediaType.APPLICATION_JSON);

			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.problemType()).isEqualTo("malformed-request");
		}

		@Test
		void refusesAnInvalidIdempotencyKey() {
			Response refused = api.post(ORDERS, anOrderOf("1.00"), "Idempotency-Key", "x".repeat(256));

			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.errorFields()).containsExactly("Idempotency-Key");
		}

	}

	static Stream<Arguments> invalidOrders() {
		String product = "\"" + UUID.randomUUID() + "\"";
		List<String> tooMany = new ArrayList<>();
		IntStream.range(0, 51).forEach((i) -> tooMany.add("{\"productId\": \"" + UUID.randomUUID() + "\", \"quantity\": 1}"));
		return Stream.of(
				Arguments.of("{}", "lines"),
				Arguments.of("{\"lines\": []}", "lines"),
				Arguments.of("{\"lines\": [" + String.join(",", tooMany) + "]}", "lines"),
				Arguments.of("{\"lines\": [null]}", "lines[0]"),
				Arguments.of("{\"lines\": [{\"quantity\": 1}]}", "lines[0].productId"),
				Arguments.of("{\"lines\": [{\"productId\": \"nope\", \"quantity\": 1}]}", "lines[0].productId"),
				Arguments.of("{\"lines\": [{\"productId\": " + product + "}]}", "lines[0].quantity"),
				Arguments.of("{\"lines\": [{\"productId\": " + product + ", \"quantity\": 0}]}", "lines[0].quantity"),
				Arguments.of("{\"lines\": [{\"productId\": " + product + ", \"quantity\": 101}]}", "lines[0].quantity"),
				Arguments.of("{\"lines\": [{\"productId\": " + product + ", \"quantity\": 1.5}]}", "lines[0].quantity"),
				Arguments.of("{\"lines\": [{\"productId\": " + product + ", \"quantity\": \"2\"}]}", "lines[0].quantity"),
				Arguments.of("{\"lines\": [{\"productId\": " + product + ", \"quantity\": 1}, {\"productId\": " + product
						+ ", \"quantity\": 2}]}", "lines"));
	}

	@Nested
	class ReadingOrders {

		@Test
		void showsACustomerOnlyTheirOwnOrders() {
			String alices = aPlacedOrder();

			Response asBob = api.as(UUID.fromString(TestTokens.BOB)).getOrder(alices);

			assertThat(asBob.status()).isEqualTo(404);
			assertThat(asBob.problemType()).isEqualTo("order-not-found");
			assertThat(api.getOrder(alices).status()).isEqualTo(200);
		}

		@Test
		void answersNotFoundForAnUnknownOrderAndBadRequestForAnIdThatIsNoUuid() {
			assertThat(api.getOrder(UUID.randomUUID().toString()).problemType()).isEqualTo("order-not-found");
			Response bad = api.getOrder("42");
			assertThat(bad.status()).isEqualTo(400);
			assertThat(bad.errorFields()).containsExactly("id");
		}

		@Test
		void listsTheCustomersOwnOrdersNewestFirstInPages() {
			OrderApi carol = api.as(UUID.randomUUID());
			List<String> placed = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				placed.add(carol.place(anOrderOf("1.0" + i)).id());
				clock.advance(Duration.ofSeconds(1));
			}
			aPlacedOrder();

			Response firstPage = carol.get(ORDERS + "?size=2");
			Response oldestFirst = carol.get(ORDERS + "?sort=placedAt,asc");

			assertThat(ids(firstPage)).containsExactly(placed.get(2), placed.get(1));
			assertThat(firstPage.body().get("page").get("totalElements").asInt()).isEqualTo(3);
			assertThat(firstPage.body().get("page").get("totalPages").asInt()).isEqualTo(2);
			assertThat(ids(carol.get(ORDERS + "?size=2&page=1"))).containsExactly(placed.get(0));
			assertThat(ids(oldestFirst)).containsExactlyElementsOf(placed);
		}

		@Test
		void refusesToSortByAnythingButPlacedAt() {
			Response refused = api.get(ORDERS + "?sort=total");

			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.errorFields()).containsExactly("sort");
		}

		private List<String> ids(Response page) {
			List<String> ids = new ArrayList<>();
			page.body().get("content").forEach((order) -> ids.add(order.get("id").asString()));
			return ids;
		}

	}

	@Nested
	class Security {

		@Test
		void refusesCallersWithoutAToken() {
			Response refused = api.anonymous().post(ORDERS, anOrderOf("1.00"));

			assertThat(refused.status()).isEqualTo(401);
			assertThat(refused.problemType()).isEqualTo("unauthorized");
			assertThat(api.anonymous().get(ORDERS).status()).isEqualTo(401);
		}

		@Test
		void refusesAdministratorsAndServices() {
			assertThat(api.withToken(TestTokens.admin()).get(ORDERS).status()).isEqualTo(403);
			assertThat(api.withToken(TestTokens.service()).post(ORDERS, anOrderOf("1.00")).status()).isEqualTo(403);
			assertThat(api.withToken(TestTokens.expired()).get(ORDERS).status()).isEqualTo(401);
			assertThat(api.withToken(TestTokens.forged()).get(ORDERS).status()).isEqualTo(401);
		}

		@Test
		void refusesACustomerTokenWhoseSubjectIsNoCustomerId() {
			Response refused = api.withToken(TestTokens.token().subject("alice").roles("CUSTOMER").sign()).get(ORDERS);

			assertThat(refused.status()).isEqualTo(403);
			assertThat(refused.problemType()).isEqualTo("forbidden");
		}

		@Test
		void publishesItsApiDescription() {
			Response docs = api.anonymous().get("/v3/api-docs");

			assertThat(docs.status()).isEqualTo(200);
			assertThat(docs.body().get("paths").has(ORDERS)).isTrue();
		}

	}


}
