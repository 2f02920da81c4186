package dev.cloudshop.query.orders;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import dev.cloudshop.query.CatalogApi;
import dev.cloudshop.query.CatalogApi.Response;
import dev.cloudshop.query.OrderEvents;
import dev.cloudshop.testsupport.TestTokens;

import static org.awaitility.Awaitility.await;

/** Reads the order view over HTTP as the order's customer (or as someone else). */
public final class MyOrders {

	public static final String ORDERS = "/api/v1/me/orders";

	private final CatalogApi api;

	public MyOrders(CatalogApi api) {
		this.api = api;
	}

	/** The order, as its customer asks for it. */
	public Response order(OrderEvents order, String... headerPairs) {
		return asCustomer(order.customerId()).get(ORDERS + "/" + order.id(), headerPairs);
	}

	/** The customer's orders; the query string as given, e.g. {@code page=1&size=2}. */
	public Response orders(String customerId, String query, String... headerPairs) {
		return asCustomer(customerId).get(ORDERS + "?" + query, headerPairs);
	}

	public CatalogApi asCustomer(String customerId) {
		return this.api.withToken(TestTokens.customer(customerId));
	}

	/** Waits until the view shows the order at the version (or later), and returns it. */
	public Response awaitOrder(OrderEvents order, long version) {
		return awaitOrder(order, (response) -> response.body().get("freshness").get("orderVersion").asLong() >= version);
	}

	/** Waits until the view shows the order as the condition wants it, and returns it. */
	public Response awaitOrder(OrderEvents order, Predicate<Response> condition) {
		AtomicReference<Response> read = new AtomicReference<>();
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			read.set(order(order));
			return read.get().status() == 200 && condition.test(read.get());
		});
		return read.get();
	}

	/** The state of the order's payment in an answer. */
	public static String paymentState(Response response) {
		return response.body().get("payment").get("state").asString();
	}

}
