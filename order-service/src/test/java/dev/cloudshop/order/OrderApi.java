package dev.cloudshop.order;

import java.util.UUID;

import dev.cloudshop.testsupport.HttpAnswer;
import dev.cloudshop.testsupport.HttpApi;
import dev.cloudshop.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls order-service over HTTP and hands back status, headers and the JSON body, through the
 * JDK's client, which never retries on its own (a 503 is seen as it is). By default it acts as
 * alice, a customer (her token on every request); {@link #as}, {@link #withToken} and
 * {@link #anonymous} act as someone else.
 */
public final class OrderApi extends HttpApi<OrderApi.Response> {

	public static final String ORDERS = "/api/v1/orders";

	public OrderApi(int port) {
		this(RestTestClient.bindToServer(new JdkClientHttpRequestFactory()).baseUrl("http://localhost:" + port).build(),
				TestTokens.customer());
	}

	private OrderApi(RestTestClient http, String token) {
		super(http, (method) -> token, Response::new);
	}

	/** The same API, as the customer with this id. */
	public OrderApi as(UUID customerId) {
		return withToken(TestTokens.customer(customerId.toString()));
	}

	/** The same API, sending this bearer token. */
	public OrderApi withToken(String token) {
		return new OrderApi(http(), token);
	}

	/** The same API, sending no token at all. */
	public OrderApi anonymous() {
		return new OrderApi(http(), null);
	}

	public static String orderPath(String id) {
		return ORDERS + "/" + id;
	}

	/** An answer: its status, headers and body (null when empty). */
	public record Response(int status, HttpHeaders headers, JsonNode body) implements HttpAnswer {

		public String consistencyToken() {
			return header("Consistency-Token");
		}

		public String id() {
			return text("id");
		}

		public String orderStatus() {
			return text("status");
		}

	}

	/** Places the order and asserts it was placed. */
	public Response place(Object request, String... headerPairs) {
		Response placed = post(ORDERS, request, headerPairs);
		assertThat(placed.status()).as("place %s: %s", request, placed.body()).isEqualTo(201);
		return placed;
	}

	public Response getOrder(String id) {
		return get(orderPath(id));
	}

	public Response cancel(String id) {
		return exchange(HttpMethod.POST, orderPath(id) + "/cancel", null, null);
	}

}
