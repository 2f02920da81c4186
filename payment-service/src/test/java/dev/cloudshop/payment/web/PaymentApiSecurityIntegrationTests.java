package dev.cloudshop.payment.web;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.cloudshop.payment.PaymentApi;
import dev.cloudshop.payment.PaymentApi.Response;
import dev.cloudshop.payment.PaymentServiceIntegrationTest;
import dev.cloudshop.testsupport.TestTokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpHeaders;

import static dev.cloudshop.payment.PaymentApi.MY_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * payment-service called directly on its own port, as a caller who bypasses the gateway would:
 * it checks every token itself (signature, issuer, audience, expiry) and that the caller is a
 * customer, and answers 401 and 403 as Problem Details with {@code WWW-Authenticate}.
 */
class PaymentApiSecurityIntegrationTests extends PaymentServiceIntegrationTest {

	/** A call to the API; every one needs a customer. */
	record Call(String name, Function<PaymentApi, Response> call) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Stream<Call> calls() {
		return Stream.of(new Call("GET /accounts/me", PaymentApi::account),
				new Call("POST /accounts/me/deposits", (api) -> api.deposit("10.00")),
				new Call("GET /payments?orderId=", (api) -> api.paymentsOf(UUID.randomUUID())));
	}

	/** Tokens the service must refuse as not valid at all. */
	static Stream<Arguments> invalidTokens() {
		Map<String, Function<PaymentApi, PaymentApi>> callers = Map.of(
				"no token", PaymentApi::anonymous,
				"forged (signed by another key)", (api) -> api.withToken(TestTokens.forged()),
				"expired", (api) -> api.withToken(TestTokens.expired()),
				"issued by someone else", (api) -> api.withToken(TestTokens.wrongIssuer()),
				"meant for another audience", (api) -> api.withToken(TestTokens.wrongAudience()),
				"not a JWT", (api) -> api.withToken("not-a-jwt"));
		return calls().flatMap((call) -> callers.entrySet().stream()
			.map((caller) -> Arguments.of(call, caller.getKey(), caller.getValue())));
	}

	/** Valid tokens of callers that are not customers. */
	static Stream<Arguments> tokensWithoutCustomerRole() {
		Map<String, String> tokens = Map.of("admin", TestTokens.admin(), "service (scope only)", TestTokens.service());
		return calls().flatMap((call) -> tokens.entrySet().stream()
			.map((token) -> Arguments.of(call, token.getKey(), token.getValue())));
	}

	@ParameterizedTest(name = "{0} with {1}: 401")
	@MethodSource("invalidTokens")
	void refusesACallWithoutAValidToken(Call call, String caller, Function<PaymentApi, PaymentApi> as) {
		Response refused = call.call().apply(as.apply(api));

		assertThat(refused.status()).as("%s with %s", call, caller).isEqualTo(401);
		assertThat(refused.problemType()).isEqualTo("unauthorized");
		assertThat(refused.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
	}

	@ParameterizedTest(name = "{0} as {1}: 403")
	@MethodSource("tokensWithoutCustomerRole")
	void refusesACallerWhoIsNotACustomer(Call call, String caller, String token) {
		Response refused = call.call().apply(api.withToken(token));

		assertThat(refused.status()).as("%s as %s", call, caller).isEqualTo(403);
		assertThat(refused.problemType()).isEqualTo("forbidden");
		assertThat(refused.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE))
			.startsWith("Bearer error=\"insufficient_scope\"");
	}

	@Test
	void refusesACustomerTokenWhoseSubjectIsNoCustomerId() {
		String token = TestTokens.token().subject("alice").roles("CUSTOMER").sign();

		Response refused = api.withToken(token).account();

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.problemType()).isEqualTo("forbidden");
	}

	@Test
	void letsACustomerInAndChangesNothingForARefusedCaller() {
		UUID customerId = aCustomer();
		PaymentApi customer = api.as(customerId);
		assertThat(customer.deposit("10.00").status()).isEqualTo(200);

		assertThat(api.withToken(TestTokens.expired()).deposit("10.00").status()).isEqualTo(401);
		assertThat(api.withToken(TestTokens.admin()).deposit("10.00").status()).isEqualTo(403);

		Response account = customer.account();
		assertThat(account.status()).isEqualTo(200);
		assertThat(account.balance()).isEqualByComparingTo("10.00");
		assertThat(account.version()).isEqualTo(1);
		assertThat(customer.paymentsOf(UUID.randomUUID()).status()).isEqualTo(404);
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
		void leaveTheApiDescriptionOpen() {
			assertThat(api.anonymous().get("/v3/api-docs").status()).isEqualTo(200);
		}

		@Test
		void guardEverythingElse() {
			assertThat(api.anonymous().get("/actuator/env").status()).isEqualTo(401);
			assertThat(api.anonymous().get("/api/v1/anything-else").status()).isEqualTo(401);
			assertThat(api.anonymous().get(MY_ACCOUNT + "/anything").status()).isEqualTo(401);
		}

	}

}
