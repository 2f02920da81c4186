package dev.cloudshop.payment.account.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import dev.cloudshop.payment.PaymentApi;
import dev.cloudshop.payment.PaymentApi.Response;
import dev.cloudshop.payment.PaymentServiceIntegrationTest;
import dev.cloudshop.testsupport.Parallel;
import dev.cloudshop.testsupport.TestTokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static dev.cloudshop.payment.PaymentApi.MY_ACCOUNT;
import static dev.cloudshop.payment.PaymentApi.MY_DEPOSITS;
import static org.assertj.core.api.Assertions.assertThat;

class AccountApiIntegrationTests extends PaymentServiceIntegrationTest {

	private final UUID customerId = aCustomer();

	@Nested
	class GetMyAccount {

		@Test
		void opensTheAccountOnFirstUseWithNothingInItForACustomerNotListed() {
			Response account = api.as(customerId).account();

			assertThat(account.status()).isEqualTo(200);
			assertThat(account.contentType()).isEqualTo(MediaType.APPLICATION_JSON);
			assertThat(account.body().propertyNames()).containsExactlyInAnyOrder("customerId", "balance", "currency",
					"version");
			assertThat(account.text("customerId")).isEqualTo(customerId.toString());
			assertThat(account.balance()).isEqualByComparingTo("0.00");
			assertThat(account.text("currency")).isEqualTo("EUR");
			assertThat(account.version()).isZero();
			assertThat(account.etag()).isEqualTo("\"0\"");
		}

		@Test
		void opensTheDemoCustomersAccountsWithTheirConfiguredBalances() {
			assertThat(api.withToken(TestTokens.customer(TestTokens.ALICE)).balance()).isEqualByComparingTo("500.00");
			assertThat(api.withToken(TestTokens.customer(TestTokens.BOB)).balance()).isEqualByComparingTo("20.00");
		}

		@Test
		void showsTheSameAccountOnEveryCall() {
			api.as(customerId).deposited("15.00");

			Response again = api.as(customerId).account();

			assertThat(again.balance()).isEqualByComparingTo("15.00");
			assertThat(again.version()).isEqualTo(1);
			assertThat(again.etag()).isEqualTo("\"1\"");
		}

		@Test
		void answersNotModifiedForTheCurrentETag() {
			Response account = api.as(customerId).account();

			Response again = api.as(customerId).get(MY_ACCOUNT, HttpHeaders.IF_NONE_MATCH, account.etag());

			assertThat(again.status()).isEqualTo(304);
			assertThat(again.body()).isNull();
		}

		@Test
		void showsEachCustomerOnlyTheirOwnAccount() {
			UUID someoneElse = aCustomer();
			api.as(someoneElse).deposited("70.00");

			assertThat(api.as(customerId).balance()).isEqualByComparingTo("0.00");
			assertThat(api.as(someoneElse).balance()).isEqualByComparingTo("70.00");
		}

	}

	@Nested
	class Deposit {

		@Test
		void paysTheAmountInAndAnswersWithTheAccountItsETagAndAConsistencyToken() {
			Response deposit = api.as(customerId).deposit("42.50");

			assertThat(deposit.status()).isEqualTo(200);
			assertThat(deposit.text("customerId")).isEqualTo(customerId.toString());
			assertThat(deposit.balance()).isEqualByComparingTo("42.50");
			assertThat(deposit.text("currency")).isEqualTo("EUR");
			assertThat(deposit.version()).isEqualTo(1);
			assertThat(deposit.etag()).isEqualTo("\"1\"");
			assertThat(deposit.consistencyToken()).isEqualTo("Account:" + customerId + ":1");
		}

		@Test
		void addsUpDeposits() {
			api.as(customerId).deposited("10");
			Response second = api.as(customerId).deposited("0.01");

			assertThat(second.balance()).isEqualByComparingTo("10.01");
			assertThat(second.version()).isEqualTo(2);
			assertThat(second.consistencyToken()).isEqualTo("Account:" + customerId + ":2");
		}

		@Test
		void acceptsTheLargestDepositAndAnAmountInExponentNotation() {
			api.as(customerId).deposited("10000.00");
			Response second = api.as(customerId).deposited("1.5e1");

			assertThat(second.balance()).isEqualByComparingTo("10015.00");
		}

		@Test
		void countsEveryOneOfConcurrentDeposits() throws Exception {
			PaymentApi customer = api.as(customerId);

			List<Response> deposits = Parallel.run(16, (i) -> () -> customer.deposit("1.25"));

			assertThat(deposits).extracting(Response::status).containsOnly(200);
			Response account = customer.account();
			assertThat(account.balance()).isEqualByComparingTo("20.00");
			assertThat(account.version()).isEqualTo(16);
		}

		@ParameterizedTest
		@ValueSource(strings = { "0", "-5.00", "10000.01", "1.005", "null" })
		void rejectsAnAmountNotPositiveAboveTheLimitOrWithMoreThanTwoDecimalsNamingIt(String amount) {
			Response refused = api.as(customerId).deposit(amount);

			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.problemType()).isEqualTo("invalid-request");
			assertThat(refused.errorFields()).containsOnly("amount");
			assertUntouched();
		}

		@ParameterizedTest
		@ValueSource(strings = { "\"10.00\"", "true", "[10]", "{\"value\": 10}" })
		void rejectsAnAmountThatIsNoJsonNumberNamingIt(String amount) {
			Response refused = api.as(customerId).deposit(amount);

			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.problemType()).isEqualTo("invalid-request");
			assertThat(refused.errorFields()).containsExactly("amount");
			assertUntouched();
		}

		@Test
		void rejectsAMissingAmount() {
			Response refused = api.as(customerId).exchange(HttpMethod.POST, MY_DEPOSITS, "{}",
					MediaType.APPLICATION_JSON);

			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.errorFields()).containsExactly("amount");
			assertUntouched();
		}

		@Test
		void rejectsMalformedJson() {
			Response refused = api.as(customerId).exchange(HttpMethod.POST, MY_DEPOSITS, "{\"amount\": ",
					MediaType.APPLICATION_JSON);

			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.problemType()).isEqualTo("malformed-request");
			assertUntouched();
		}

		@Test
		void rejectsAMissingBody() {
			Response refused = api.as(customerId).exchange(HttpMethod.POST, MY_DEPOSITS, null, null);

			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.problemType()).isEqualTo("malformed-request");
		}

		@Test
		void rejectsABodyThatIsNotJson() {
			Response refused = api.as(customerId).exchange(HttpMethod.POST, MY_DEPOSITS, "amount=10",
					MediaType.APPLICATION_FORM_URLENCODED);

			assertThat(refused.status()).isEqualTo(415);
			assertThat(refused.problemType()).isEqualTo("unsupported-media-type");
		}

		private void assertUntouched() {
			Response account = api.as(customerId).account();
			assertThat(account.balance()).isEqualByComparingTo(BigDecimal.ZERO);
			assertThat(account.version()).isZero();
		}

	}

	@Nested
	class EverythingElse {

		@Test
		void answersProblemDetailsForAnUnknownPath() {
			Response response = api.as(customerId).get(MY_ACCOUNT + "/statements");

			assertThat(response.status()).isEqualTo(404);
			assertThat(response.problemType()).isEqualTo("not-found");
		}

		@Test
		void answersProblemDetailsForAnUnsupportedMethod() {
			Response response = api.as(customerId).exchange(HttpMethod.DELETE, MY_ACCOUNT, null, null);

			assertThat(response.status()).isEqualTo(405);
			assertThat(response.problemType()).isEqualTo("method-not-allowed");
		}

		@Test
		void servesTheOpenApiDescriptionToAnyone() {
			Response docs = api.anonymous().get("/v3/api-docs");

			assertThat(docs.status()).isEqualTo(200);
			assertThat(docs.body().get("paths").propertyNames()).contains(MY_ACCOUNT, MY_DEPOSITS, PaymentApi.PAYMENTS);
			assertThat(api.anonymous().get("/swagger-ui.html").status()).isBetween(200, 399);
		}

	}

}
