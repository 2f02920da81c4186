package dev.cloudshop.product.catalog.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.cloudshop.product.ProductApi;
import dev.cloudshop.product.ProductApi.Response;
import dev.cloudshop.product.ProductServiceIntegrationTest;
import dev.cloudshop.testsupport.TestTokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpHeaders;

import static dev.cloudshop.product.ProductApi.PRODUCTS;
import static dev.cloudshop.product.catalog.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * product-service called directly on its own port, as a caller who bypasses the gateway would:
 * it checks every token itself (signature, issuer, audience, expiry) and the role each change
 * needs, and answers 401 and 403 as Problem Details with {@code WWW-Authenticate}.
 */
class ProductApiSecurityIntegrationTests extends ProductServiceIntegrationTest {

	/** A change to the catalog, made through the given API against an existing product. */
	record Change(String name, ChangeCall call) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	interface ChangeCall {

		Response apply(ProductApi api, String productId);

	}

	/** Every endpoint that needs a token: all of them need ADMIN. */
	static Stream<Change> changes() {
		return Stream.of(
				new Change("POST /products", (api, id) -> api.post(PRODUCTS, aProduct().asNewProductRequest())),
				new Change("PUT /products/{id}",
						(api, id) -> api.put(PRODUCTS + "/" + id,
								Map.of("name", "Renamed", "description", "", "price", 1, "currency", "EUR"),
								HttpHeaders.IF_MATCH, "*")),
				new Change("POST /products/{id}/discontinue", (api, id) -> api.discontinue(id)),
				new Change("POST /products/{id}/stock-adjustments",
						(api, id) -> api.adjustStock(id, -1, "Taken by someone without the right")));
	}

	/** Tokens the service must refuse as not valid at all. */
	static Stream<Arguments> invalidTokens() {
		Map<String, Function<ProductApi, ProductApi>> callers = Map.of(
				"no token", ProductApi::anonymous,
				"forged (signed by another key)", (api) -> api.withToken(TestTokens.forged()),
				"expired", (api) -> api.withToken(TestTokens.expired()),
				"issued by someone else", (api) -> api.withToken(TestTokens.wrongIssuer()),
				"meant for another audience", (api) -> api.withToken(TestTokens.wrongAudience()),
				"not a JWT", (api) -> api.withToken("not-a-jwt"));
		return changes().flatMap((change) -> callers.entrySet().stream()
			.map((caller) -> Arguments.of(change, caller.getKey(), caller.getValue())));
	}

	/** Valid tokens without the ADMIN role. */
	static Stream<Arguments> tokensWithoutAdminRole() {
		Map<String, String> tokens = Map.of("customer", TestTokens.customer(), "service (scope only)",
				TestTokens.service());
		return changes().flatMap((change) -> tokens.entrySet().stream()
			.map((token) -> Arguments.of(change, token.getKey(), token.getValue())));
	}

	@ParameterizedTest(name = "{0} with {1}: 401")
	@MethodSource("invalidTokens")
	void refusesAChangeWithoutAValidToken(Change change, String caller, Function<ProductApi, ProductApi> as) {
		Response product = api.create(aProduct());

		Response refused = change.call().apply(as.apply(api), product.id());

		assertThat(refused.status()).as("%s with %s", change, caller).isEqualTo(401);
		assertThat(refused.problemType()).isEqualTo("unauthorized");
		assertThat(refused.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
		assertThat(api.get(PRODUCTS + "/" + product.id()).version()).as("unchanged").isEqualTo(1);
	}

	@ParameterizedTest(name = "{0} as {1}: 403")
	@MethodSource("tokensWithoutAdminRole")
	void refusesAChangeToACallerWithoutTheAdminRole(Change change, String caller, String token) {
		Response product = api.create(aProduct());

		Response refused = change.call().apply(api.withToken(token), product.id());

		assertThat(refused.status()).as("%s as %s", change, caller).isEqualTo(403);
		assertThat(refused.problemType()).isEqualTo("forbidden");
		assertThat(refused.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE))
			.startsWith("Bearer error=\"insufficient_scope\"");
		assertThat(api.get(PRODUCTS + "/" + product.id()).version()).as("unchanged").isEqualTo(1);
	}

	@ParameterizedTest(name = "{0} as admin")
	@MethodSource("changes")
	void allowsEveryChangeToAnAdmin(Change change) {
		Response product = api.create(aProduct());

		Response done = change.call().apply(api.withToken(TestTokens.admin()), product.id());

		assertThat(done.status()).as("%s: %s", change, done.body()).isBetween(200, 201);
	}

	@Nested
	class ReadingTheCatalog {

		@Test
		void needsNoToken() {
			Response product = api.create(aProduct());

			assertThat(api.anonymous().get(PRODUCTS + "/" + product.id()).status()).isEqualTo(200);
			assertThat(api.anonymous().get(PRODUCTS).status()).isEqualTo(200);
		}

		@Test
		void acceptsAnyValidToken() {
			Response product = api.create(aProduct());

			assertThat(api.withToken(TestTokens.customer()).get(PRODUCTS + "/" + product.id()).status()).isEqualTo(200);
			assertThat(api.withToken(TestTokens.service()).get(PRODUCTS).status()).isEqualTo(200);
		}

		@Test
		void refusesAnInvalidTokenRatherThanIgnoringIt() {
			Response refused = api.withToken(TestTokens.expired()).get(PRODUCTS);

			assertThat(refused.status()).isEqualTo(401);
			assertThat(refused.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).contains("error=\"invalid_token\"");
		}

	}

	@Nested
	class OperationalEndpoints {

		@Test
		void leaveHealthInfoAndMetricsOpen() {
			assertThat(api.anonymous().get("/actuator/health").status()).isEqualTo(200);
			assertThat(api.anonymous().get("/actuator/info").status()).isEqualTo(200);
			assertThat(api.anonymous().get("/actuator/prometheus").status()).isEqualTo(200);
		}

		@Test
		void guardEverythingElse() {
			assertThat(api.anonymous().get("/actuator/env").status()).isEqualTo(401);
			assertThat(api.anonymous().get("/api/v1/anything-else").status()).isEqualTo(401);
		}

	}

}
