package dev.cloudshop.product.catalog.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.cloudshop.product.ProductApi.Response;
import dev.cloudshop.product.ProductServiceIntegrationTest;
import dev.cloudshop.product.catalog.ProductBuilder;
import dev.cloudshop.testsupport.TestTokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static dev.cloudshop.product.ProductApi.PRODUCTS;
import static dev.cloudshop.product.catalog.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

class ProductApiIntegrationTests extends ProductServiceIntegrationTest {

	@Nested
	class CreateProduct {

		@Test
		void createsAnActiveProductAtVersionOne() {
			ProductBuilder product = aProduct().withName("Mug").withDescription("Stoneware").withPrice("12.5", "EUR")
				.withStock(7);

			Response created = api.create(product);

			assertThat(created.contentType()).isEqualTo(MediaType.APPLICATION_JSON);
			assertThat(created.location()).hasPath(PRODUCTS + "/" + created.id());
			assertThat(created.etag()).isEqualTo("\"1\"");
			assertThat(created.consistencyToken()).isEqualTo("Product:" + created.id() + ":1");
			JsonNode body = created.body();
			assertThat(UUID.fromString(created.id())).isNotNull();
			assertThat(body.propertyNames()).containsExactlyInAnyOrder("id", "sku", "name", "description", "price",
					"currency", "stock", "status", "version");
			assertThat(created.text("sku")).isEqualTo(product.sku());
			assertThat(created.text("name")).isEqualTo("Mug");
			assertThat(created.text("description")).isEqualTo("Stoneware");
			assertThat(body.get("price").decimalValue()).isEqualByComparingTo("12.50");
			assertThat(created.text("currency")).isEqualTo("EUR");
			assertThat(created.stock()).isEqualTo(7);
			assertThat(created.text("status")).isEqualTo("ACTIVE");
			assertThat(created.version()).isEqualTo(1);
		}

		@Test
		void isReadableAtItsLocation() {
			Response created = api.create(aProduct());

			Response read = api.get(created.location().getPath());

			assertThat(read.status()).isEqualTo(200);
			assertThat(read.body()).isEqualTo(created.body());
		}

		@Test
		void acceptsAProductWithoutDescription() {
			Map<String, Object> request = new HashMap<>(aProduct().asNewProductRequest());
			request.remove("description");

			Response created = api.post(PRODUCTS, request);

			assertThat(created.status()).isEqualTo(201);
			assertThat(created.text("description")).isEmpty();
		}

		@Test
		void rejectsInvalidFieldsNamingEachOfThem() {
			Response response = api.post(PRODUCTS, Map.of("sku", "lower-case", "name", " ", "description",
					"d".repeat(2001), "price", 1.999, "currency", "XYZ", "stock", -1));

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.problemType()).isEqualTo("invalid-request");
			assertThat(response.errorFields()).containsExactlyInAnyOrder("sku", "name", "description", "price",
					"currency", "stock");
		}

		@Test
		void rejectsMissingFields() {
			Response response = api.post(PRODUCTS, Map.of());

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.problemType()).isEqualTo("invalid-request");
			assertThat(response.errorFields()).containsExactlyInAnyOrder("sku", "name", "price", "currency", "stock");
		}

		@Test
		void rejectsANonPositivePrice() {
			Response response = api.post(PRODUCTS, with(aProduct(), "price", 0));

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.errorFields()).containsExactly("price");
		}

		@Test
		void rejectsAPriceTooLargeToStore() {
			Response response = api.post(PRODUCTS, with(aProduct(), "price", new BigDecimal("12345678901")));

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.errorFields()).containsExactly("price");
		}

		@Test
		void rejectsADuplicateSku() {
			ProductBuilder product = aProduct();
			api.create(product);

			Response duplicate = api.post(PRODUCTS, aProduct().withSku(product.sku()).asNewProductRequest());

			assertThat(duplicate.status()).isEqualTo(409);
			assertThat(duplicate.problemType()).isEqualTo("duplicate-sku");
			assertThat(duplicate.text("sku")).isEqualTo(product.sku());
		}

		@Test
		void rejectsMalformedJson() {
			Response response = api.exchange(HttpMethod.POST, PRODUCTS, "{\"sku\": \"ABC\",", MediaType.APPLICATION_JSON);

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.problemType()).isEqualTo("malformed-request");
		}

		@Test
		void rejectsAMissingBody() {
			Response response = api.exchange(HttpMethod.POST, PRODUCTS, "", MediaType.APPLICATION_JSON);

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.problemType()).isEqualTo("malformed-request");
		}

		@Test
		void rejectsAValueOfTheWrongTypeNamingTheField() {
			Response response = api.post(PRODUCTS, with(aProduct(), "price", "cheap"));

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.problemType()).isEqualTo("invalid-request");
			assertThat(response.errorFields()).containsExactly("price");
		}

		@Test
		void rejectsAFractionalStock() {
			Response response = api.post(PRODUCTS, with(aProduct(), "stock", 1.5));

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.errorFields()).containsExactly("stock");
		}

		@Test
		void rejectsAStockOutOfRange() {
			Response response = api.post(PRODUCTS, with(aProduct(), "stock", 99_999_999_999L));

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.problemType()).isEqualTo("invalid-request");
			assertThat(response.errorFields()).containsExactly("stock");
		}

		@Test
		void rejectsABodyThatIsNotJson() {
			Response response = api.exchange(HttpMethod.POST, PRODUCTS, "sku=ABC", MediaType.TEXT_PLAIN);

			assertThat(response.status()).isEqualTo(415);
			assertThat(response.problemType()).isEqualTo("unsupported-media-type");
		}

	}

	@Nested
	class GetProduct {

		@Test
		void returnsTheProductWithItsVersionAsETag() {
			Response created = api.create(aProduct());
			api.adjustStock(created.id(), 1, "Found one");

			Response read = api.get(PRODUCTS + "/" + created.id());

			assertThat(read.status()).isEqualTo(200);
			assertThat(read.etag()).isEqualTo("\"2\"");
			assertThat(read.version()).isEqualTo(2);
		}

		@Test
		void answersNotModifiedForTheCurrentETag() {
			Response created = api.create(aProduct());

			Response read = api.get(PRODUCTS + "/" + created.id(), HttpHeaders.IF_NONE_MATCH, created.etag());

			assertThat(read.status()).isEqualTo(304);
			assertThat(read.body()).isNull();
		}

		@Test
		void answersNotFoundForAnUnknownId() {
			Response response = api.get(PRODUCTS + "/" + UUID.randomUUID());

			assertThat(response.status()).isEqualTo(404);
			assertThat(response.problemType()).isEqualTo("product-not-found");
		}

		@Test
		void rejectsAnIdThatIsNotAUuid() {
			Response response = api.get(PRODUCTS + "/not-a-uuid");

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.problemType()).isEqualTo("invalid-request");
			assertThat(response.errorFields()).containsExactly("id");
		}

	}

	@Nested
	class ListProducts {

		@Test
		void pagesThroughProductsSortedBySkuByDefault() {
			api.create(aProduct());
			api.create(aProduct());
			api.create(aProduct());

			Response page = api.get(PRODUCTS + "?page=0&size=2");

			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body().propertyNames()).containsExactlyInAnyOrder("content", "page");
			JsonNode metadata = page.body().get("page");
			assertThat(metadata.get("size").asInt()).isEqualTo(2);
			assertThat(metadata.get("number").asInt()).isZero();
			assertThat(metadata.get("totalElements").asLong()).isGreaterThanOrEqualTo(3);
			assertThat(metadata.get("totalPages").asLong()).isGreaterThanOrEqualTo(2);
			assertThat(values(page, "sku")).hasSize(2).isSorted();
			assertThat(page.body().get("content").get(0).propertyNames()).contains("id", "sku", "price", "version");
		}

		@Test
		void sortsByAWhitelistedProperty() {
			api.create(aProduct().withPrice("1.00", "EUR"));
			api.create(aProduct().withPrice("99.00", "EUR"));

			Response page = api.get(PRODUCTS + "?sort=price,desc&size=100");

			assertThat(page.status()).isEqualTo(200);
			List<BigDecimal> prices = values(page, "price").stream().map(BigDecimal::new).toList();
			assertThat(prices).isSortedAccordingTo((a, b) -> b.compareTo(a));
		}

		@Test
		void capsThePageSize() {
			Response page = api.get(PRODUCTS + "?size=1000");

			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body().get("page").get("size").asInt()).isEqualTo(100);
		}

		@Test
		void answersAnEmptyPageBeyondTheLast() {
			Response page = api.get(PRODUCTS + "?page=100000&size=100");

			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body().get("content")).isEmpty();
		}

		@Test
		void rejectsSortingByAPropertyNotWhitelisted() {
			Response response = api.get(PRODUCTS + "?sort=version,desc");

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.problemType()).isEqualTo("invalid-request");
			assertThat(response.errorFields()).containsExactly("sort");
		}

		private List<String> values(Response page, String field) {
			List<String> values = new ArrayList<>();
			page.body().get("content").forEach((product) -> values.add(product.get(field).asString()));
			return values;
		}

	}

	@Nested
	class ReviseProduct {

		@Test
		void replacesTheEditableStateWhenIfMatchHoldsTheCurrentETag() {
			Response created = api.create(aProduct().withStock(4));

			Response revised = api.put(PRODUCTS + "/" + created.id(), revision("Mug, large", "25.00", "USD"),
					HttpHeaders.IF_MATCH, created.etag());

			assertThat(revised.status()).isEqualTo(200);
			assertThat(revised.etag()).isEqualTo("\"2\"");
			assertThat(revised.consistencyToken()).isEqualTo("Product:" + created.id() + ":2");
			assertThat(revised.text("name")).isEqualTo("Mug, large");
			assertThat(revised.body().get("price").decimalValue()).isEqualByComparingTo("25");
			assertThat(revised.text("currency")).isEqualTo("USD");
			assertThat(revised.text("sku")).isEqualTo(created.text("sku"));
			assertThat(revised.stock()).isEqualTo(4);
		}

		@Test
		void acceptsTheWildcard() {
			Response created = api.create(aProduct());

			Response revised = api.put(PRODUCTS + "/" + created.id(), revision("Renamed", "1.00", "EUR"),
					HttpHeaders.IF_MATCH, "*");

			assertThat(revised.status()).isEqualTo(200);
		}

		@Test
		void refusesAStaleETag() {
			Response created = api.create(aProduct());
			api.adjustStock(created.id(), 1, "Found one");

			Response response = api.put(PRODUCTS + "/" + created.id(), revision("Renamed", "1.00", "EUR"),
					HttpHeaders.IF_MATCH, created.etag());

			assertThat(response.status()).isEqualTo(412);
			assertThat(response.problemType()).isEqualTo("stale-version");
			assertThat(response.body().get("currentVersion").asLong()).isEqualTo(2);
			assertThat(api.get(PRODUCTS + "/" + created.id()).text("name")).isEqualTo(created.text("name"));
		}

		@Test
		void requiresIfMatch() {
			Response created = api.create(aProduct());

			Response response = api.put(PRODUCTS + "/" + created.id(), revision("Renamed", "1.00", "EUR"));

			assertThat(response.status()).isEqualTo(428);
			assertThat(response.problemType()).isEqualTo("precondition-required");
		}

		@Test
		void rejectsInvalidFields() {
			Response created = api.create(aProduct());

			Response response = api.put(PRODUCTS + "/" + created.id(), Map.of("name", "", "price", -1, "currency", "eur"),
					HttpHeaders.IF_MATCH, created.etag());

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.problemType()).isEqualTo("invalid-request");
			assertThat(response.errorFields()).containsExactlyInAnyOrder("name", "price", "currency");
		}

		@Test
		void answersNotFoundForAnUnknownId() {
			Response response = api.put(PRODUCTS + "/" + UUID.randomUUID(), revision("Renamed", "1.00", "EUR"),
					HttpHeaders.IF_MATCH, "\"1\"");

			assertThat(response.status()).isEqualTo(404);
			assertThat(response.problemType()).isEqualTo("product-not-found");
		}

		@Test
		void refusesADiscontinuedProduct() {
			Response created = api.create(aProduct());
			Response discontinued = api.discontinue(created.id());

			Response response = api.put(PRODUCTS + "/" + created.id(), revision("Renamed", "1.00", "EUR"),
					HttpHeaders.IF_MATCH, discontinued.etag());

			assertThat(response.status()).isEqualTo(409);
			assertThat(response.problemType()).isEqualTo("product-discontinued");
		}

	}

	@Nested
	class DiscontinueProduct {

		@Test
		void discontinuesAnActiveProduct() {
			Response created = api.create(aProduct());

			Response discontinued = api.discontinue(created.id());

			assertThat(discontinued.status()).isEqualTo(200);
			assertThat(discontinued.text("status")).isEqualTo("DISCONTINUED");
			assertThat(discontinued.etag()).isEqualTo("\"2\"");
			assertThat(discontinued.consistencyToken()).isEqualTo("Product:" + created.id() + ":2");
		}

		@Test
		void refusesToDiscontinueTwice() {
			Response created = api.create(aProduct());
			api.discontinue(created.id());

			Response again = api.discontinue(created.id());

			assertThat(again.status()).isEqualTo(409);
			assertThat(again.problemType()).isEqualTo("product-discontinued");
			assertThat(api.get(PRODUCTS + "/" + created.id()).version()).isEqualTo(2);
		}

		@Test
		void answersNotFoundForAnUnknownId() {
			Response response = api.discontinue(UUID.randomUUID().toString());

			assertThat(response.status()).isEqualTo(404);
			assertThat(response.problemType()).isEqualTo("product-not-found");
		}

	}

	@Nested
	class AdjustStock {

		@Test
		void addsAndTakesUnits() {
			Response created = api.create(aProduct().withStock(10));

			Response added = api.adjustStock(created.id(), 5, "Goods received");
			Response taken = api.adjustStock(created.id(), -15, "Sold out");

			assertThat(added.status()).isEqualTo(200);
			assertThat(added.stock()).isEqualTo(15);
			assertThat(taken.status()).isEqualTo(200);
			assertThat(taken.stock()).isZero();
			assertThat(taken.etag()).isEqualTo("\"3\"");
			assertThat(taken.consistencyToken()).isEqualTo("Product:" + created.id() + ":3");
		}

		@Test
		void refusesToGoBelowZero() {
			Response created = api.create(aProduct().withStock(2));

			Response response = api.adjustStock(created.id(), -3, "Sold");

			assertThat(response.status()).isEqualTo(409);
			assertThat(response.problemType()).isEqualTo("insufficient-stock");
			assertThat(response.body().get("stock").asInt()).isEqualTo(2);
			assertThat(api.get(PRODUCTS + "/" + created.id()).stock()).isEqualTo(2);
		}

		@Test
		void refusesToExceedTheStockLimit() {
			Response created = api.create(aProduct().withStock(1_000_000_000));

			Response response = api.adjustStock(created.id(), 1, "Goods received");

			assertThat(response.status()).isEqualTo(409);
			assertThat(response.problemType()).isEqualTo("stock-limit-exceeded");
		}

		@Test
		void rejectsAZeroDeltaAndABlankReason() {
			Response created = api.create(aProduct());

			Response response = api.adjustStock(created.id(), 0, " ");

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.problemType()).isEqualTo("invalid-request");
			assertThat(response.errorFields()).containsExactlyInAnyOrder("delta", "reason");
		}

		@Test
		void rejectsADeltaOfTheWrongType() {
			Response created = api.create(aProduct());

			Response response = api.post(PRODUCTS + "/" + created.id() + "/stock-adjustments",
					Map.of("delta", "many", "reason", "Goods received"));

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.errorFields()).containsExactly("delta");
		}

		@Test
		void refusesADiscontinuedProduct() {
			Response created = api.create(aProduct());
			api.discontinue(created.id());

			Response response = api.adjustStock(created.id(), 1, "Goods received");

			assertThat(response.status()).isEqualTo(409);
			assertThat(response.problemType()).isEqualTo("product-discontinued");
		}

		@Test
		void answersNotFoundForAnUnknownId() {
			Response response = api.adjustStock(UUID.randomUUID().toString(), 1, "Goods received");

			assertThat(response.status()).isEqualTo(404);
			assertThat(response.problemType()).isEqualTo("product-not-found");
		}

	}

	@Nested
	class OtherRequests {

		@Test
		void answersProblemDetailsForAnUnknownPath() {
			// Without a token it is a 401: only the catalog is public (ProductApiSecurityIntegrationTests).
			Response response = api.withToken(TestTokens.customer()).get("/api/v1/nothing-here");

			assertThat(response.status()).isEqualTo(404);
			assertThat(response.problemType()).isEqualTo("not-found");
		}

		@Test
		void answersProblemDetailsForAnUnsupportedMethod() {
			Response response = api.exchange(HttpMethod.DELETE, PRODUCTS + "/" + UUID.randomUUID(), null, null);

			assertThat(response.status()).isEqualTo(405);
			assertThat(response.problemType()).isEqualTo("method-not-allowed");
		}

		@Test
		void servesTheOpenApiDescriptionAndSwaggerUi() {
			Response apiDocs = api.get("/v3/api-docs");
			Response swaggerUi = api.get("/swagger-ui.html"); // redirects to /swagger-ui/index.html

			assertThat(apiDocs.status()).isEqualTo(200);
			assertThat(apiDocs.body().get("paths").propertyNames()).contains(PRODUCTS, PRODUCTS + "/{id}",
					PRODUCTS + "/{id}/discontinue", PRODUCTS + "/{id}/stock-adjustments");
			List<String> listParameters = new ArrayList<>();
			apiDocs.body().get("paths").get(PRODUCTS).get("get").get("parameters")
				.forEach((parameter) -> listParameters.add(parameter.get("name").asString()));
			assertThat(listParameters).contains("page", "size", "sort");
			assertThat(swaggerUi.status()).isEqualTo(200);
			assertThat(swaggerUi.contentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		}

	}

	private static Map<String, Object> with(ProductBuilder product, String field, Object value) {
		Map<String, Object> request = new HashMap<>(product.asNewProductRequest());
		request.put(field, value);
		return request;
	}

	private static Map<String, Object> revision(String name, String price, String currency) {
		return Map.of("name", name, "description", "Revised", "price", new BigDecimal(price), "currency",
				currency);
	}

}
