package dev.cloudshop.payment;

import java.math.BigDecimal;
import java.util.UUID;

import dev.cloudshop.testsupport.HttpAnswer;
import dev.cloudshop.testsupport.HttpApi;
import dev.cloudshop.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls payment-service over HTTP and hands back status, headers and the JSON body. It acts as
 * the customer given to {@link #as(UUID)}, or with any token ({@link #withToken}), or with none
 * ({@link #anonymous}); a fresh API sends no token.
 */
public final class PaymentApi extends HttpApi<PaymentApi.Response> {

	public static final String MY_ACCOUNT = "/api/v1/accounts/me";

	public static final String MY_DEPOSITS = MY_ACCOUNT + "/deposits";

	public static final String PAYMENTS = "/api/v1/payments";

	public PaymentApi(int port) {
		this(onPort(port), null);
	}

	private PaymentApi(RestTestClient http, String token) {
		super(http, (method) -> token, Response::new);
	}

	/** The same API, acting as this customer (a token with role CUSTOMER and the id as subject). */
	public PaymentApi as(UUID customerId) {
		return withToken(TestTokens.customer(customerId.toString()));
	}

	/** The same API, sending this bearer token with every request. */
	public PaymentApi withToken(String token) {
		return new PaymentApi(http(), token);
	}

	/** The same API, sending no token at all. */
	public PaymentApi anonymous() {
		return new PaymentApi(http(), null);
	}

	/** An answer: its status, headers and body (null when empty). */
	public record Response(int status, HttpHeaders headers, JsonNode body) implements HttpAnswer {

		public String consistencyToken() {
			return header("Consistency-Token");
		}

		public BigDecimal decimal(String field) {
			return this.body.get(field).decimalValue();
		}

		public BigDecimal balance() {
			return decimal("balance");
		}

		public long version() {
			return this.body.get("version").asLong();
		}

	}

	public Response account() {
		return get(MY_ACCOUNT);
	}

	/** The balance of the caller's account, opening it if need be. */
	public BigDecimal balance() {
		Response account = account();
		assertThat(account.status()).as("account: %s", account.body()).isEqualTo(200);
		return account.balance();
	}

	/** Pays the amount (a JSON number with this text) into the caller's account. */
	public Response deposit(String amount) {
		return exchange(HttpMethod.POST, MY_DEPOSITS, "{\"amount\": " + amount + "}", MediaType.APPLICATION_JSON);
	}

	/** Pays the amount in and asserts it worked. */
	public Response deposited(String amount) {
		Response deposit = deposit(amount);
		assertThat(deposit.status()).as("deposit %s: %s", amount, deposit.body()).isEqualTo(200);
		return deposit;
	}

	public Response paymentsOf(UUID orderId) {
		return get(PAYMENTS + "?orderId=" + orderId);
	}

}
