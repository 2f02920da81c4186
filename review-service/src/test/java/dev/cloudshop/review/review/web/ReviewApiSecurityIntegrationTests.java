package dev.cloudshop.review.review.web;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.cloudshop.review.ReviewApi;
import dev.cloudshop.review.ReviewApi.Response;
import dev.cloudshop.review.ReviewServiceIntegrationTest;
import dev.cloudshop.testsupport.TestTokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpHeaders;

import static dev.cloudshop.review.ReviewApi.reviewOf;
import static dev.cloudshop.review.ReviewApi.reviewsOf;
import static dev.cloudshop.review.review.ReviewBuilder.aReview;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * review-service called directly on its own port, as a caller who bypasses the gateway would:
 * it checks every token itself and the role each change needs, and answers 401 and 403 as
 * Problem Details with {@code WWW-Authenticate}.
 */
class ReviewApiSecurityIntegrationTests extends ReviewServiceIntegrationTest {

	/** A change to reviews, made through the given API against alice's review of a product. */
	record Change(String name, ChangeCall call) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	interface ChangeCall {

		Response apply(ReviewApi api, UUID productId, String reviewId);

	}

	static Stream<Change> changes() {
		return Stream.of(new Change("POST /reviews", (api, product, review) -> api.post(reviewsOf(product),
				aReview().asRequest())),
				new Change("PUT /reviews/{id}", (api, product, review) -> api.put(reviewOf(product, review),
						aReview().withRating(1).asRequest(), HttpHeaders.IF_MATCH, "*")),
				new Change("DELETE /reviews/{id}", (api, product, review) -> api.delete(reviewOf(product, review))));
	}

	static Stream<Arguments> invalidTokens() {
		Map<String, Function<ReviewApi, ReviewApi>> callers = Map.of(
				"no token", ReviewApi::anonymous,
				"forged (signed by another key)", (api) -> api.withToken(TestTokens.forged()),
				"expired", (api) -> api.withToken(TestTokens.expired()),
				"issued by someone else", (api) -> api.withToken(TestTokens.wrongIssuer()),
				"meant for another audience", (api) -> api.withToken(TestTokens.wrongAudience()),
				"not a JWT", (api) -> api.withToken("not-a-jwt"));
		return changes().flatMap((change) -> callers.entrySet().stream()
			.map((caller) -> Arguments.of(change, caller.getKey(), caller.getValue())));
	}

	@ParameterizedTest(name = "{0} with {1}: 401")
	@MethodSource("invalidTokens")
	void refusesAChangeWithoutAValidToken(Change change, String caller, Function<ReviewApi, ReviewApi> as) {
		UUID productId = aKnownProduct();
		Response review = api.asCustomer(UUID.randomUUID().toString()).post(productId, aReview());

		Response refused = change.call().apply(as.apply(api), productId, review.id());

		assertThat(refused.status()).as("%s with %s", change, caller).isEqualTo(401);
		assertThat(refused.problemType()).isEqualTo("unauthorized");
		assertThat(refused.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
		assertThat(api.get(reviewOf(productId, review.id())).version()).as("unchanged").isEqualTo(1);
	}

	@Nested
	class PostingAndEditing {

		@Test
		void refuseAnAdmin() {
			UUID productId = aKnownProduct();

			Response refused = api.withToken(TestTokens.admin()).post(reviewsOf(productId), aReview().asRequest());

			assertForbidden(refused);
			assertThat(api.get(reviewsOf(productId)).body().get("content")).isEmpty();
		}

		@Test
		void refuseAServiceToken() {
			UUID productId = aKnownProduct();
			Response review = api.post(productId, aReview());

			assertForbidden(api.withToken(TestTokens.service()).post(reviewsOf(productId), aReview().asRequest()));
			assertForbidden(api.withToken(TestTokens.service()).put(reviewOf(productId, review.id()),
					aReview().withRating(1).asRequest(), HttpHeaders.IF_MATCH, "*"));
		}

		@Test
		void refuseACustomerTokenWhoseSubjectIsNotACustomerId() {
			UUID productId = aKnownProduct();

			Response refused = api.withToken(TestTokens.token().subject("not-a-customer").roles("CUSTOMER").sign())
				.post(reviewsOf(productId), aReview().asRequest());

			assertThat(refused.status()).isEqualTo(403);
			assertThat(refused.problemType()).isEqualTo("forbidden");
		}

	}

	@Nested
	class Removing {

		@Test
		void refusesAServiceToken() {
			UUID productId = aKnownProduct();
			Response review = api.post(productId, aReview());

			assertForbidden(api.withToken(TestTokens.service()).delete(reviewOf(productId, review.id())));
			assertThat(api.get(reviewOf(productId, review.id())).status()).isEqualTo(200);
		}

	}

	@Nested
	class Reading {

		@Test
		void needsNoToken() {
			UUID productId = aKnownProduct();
			Response review = api.post(productId, aReview());

			assertThat(api.anonymous().get(reviewsOf(productId)).status()).isEqualTo(200);
			assertThat(api.anonymous().get(reviewOf(productId, review.id())).status()).isEqualTo(200);
		}

		@Test
		void refusesAnInvalidTokenRatherThanIgnoringIt() {
			Response refused = api.withToken(TestTokens.expired()).get(reviewsOf(aKnownProduct()));

			assertThat(refused.status()).isEqualTo(401);
			assertThat(refused.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).contains("error=\"invalid_token\"");
		}

	}

	@Nested
	class OperationalEndpoints {

		@Test
		void leaveHealthOpenAndTheRestClosed() {
			assertThat(api.anonymous().get("/actuator/health").status()).isEqualTo(200);
			assertThat(api.anonymous().get("/actuator/env").status()).isEqualTo(401);
		}

	}

	private static void assertForbidden(Response refused) {
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.problemType()).isEqualTo("forbidden");
		assertThat(refused.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE))
			.startsWith("Bearer error=\"insufficient_scope\"");
	}

}
