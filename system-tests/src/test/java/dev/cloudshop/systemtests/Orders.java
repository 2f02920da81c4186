package dev.cloudshop.systemtests;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The order journey as a customer walks it through the gateway: place an order at order-service,
 * follow it until its saga ends, and see it on the customer's order screen in query-service.
 * <p>
 * An order's saga ends CONFIRMED or CANCELLED. Its version counts its events, 1 once placed and
 * 2 once ended, so {@code Order:<id>:2} is the consistency token of its end: a query that carries
 * it waits until query-service has seen the order end.
 */
final class Orders {

    static final String ORDERS = Storefront.GATEWAY + "/api/v1/orders";

    static final String MY_ORDERS = Storefront.GATEWAY + "/api/v1/me/orders";

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    static final Set<String> ENDED = Set.of("CONFIRMED", "CANCELLED");

    /** How long a saga with every participant up may take to end on this (slow, shared) machine. */
    static final Duration SAGA_END = Duration.ofSeconds(60);

    private static final String NO_SUCH_ORDER = "00000000-0000-0000-0000-000000000000";

    private Orders() {
    }

    /** What POST /api/v1/orders answered with 201: the order as placed and its consistency token. */
    record Placed(String id, String location, String consistencyToken, JsonNode order) {
    }

    /**
     * The gateway learns from Eureka where each service is; until then it cannot route. Orders
     * need all of product-service (prices), order-service, payment-service and query-service.
     */
    static void awaitRoutedThroughGateway() {
        Storefront.awaitRoutedThroughGateway();
        await("the gateway routes to order-service and payment-service")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .until(() -> orderServiceAnswers() && Http.get(Accounts.MINE, Tokens.bearer(Tokens.customer())).status() == 200);
    }

    /** order-service itself, not the gateway, says it does not know this order. */
    private static boolean orderServiceAnswers() {
        Http.Response unknown = get(Tokens.customer(), NO_SUCH_ORDER);
        return unknown.status() == 404 && unknown.body().contains("/problems/order-not-found");
    }

    static Map<String, Object> line(String productId, int quantity) {
        return Map.of("productId", productId, "quantity", quantity);
    }

    @SafeVarargs
    static Map<String, Object> request(Map<String, Object>... lines) {
        return Map.of("lines", List.of(lines));
    }

    /** POST /api/v1/orders as it is answered, whatever that is; {@code headers} go along (e.g. an Idempotency-Key). */
    static Http.Response place(String customerToken, Map<String, Object> request, String... headers) {
        return Http.post(ORDERS, request, Tokens.bearer(customerToken, headers));
    }

    /** Places an order that must be accepted (201). */
    static Placed placed(String customerToken, Map<String, Object> request, String... headers) {
        return placedFrom(place(customerToken, request, headers));
    }

    static Placed placedFrom(Http.Response answer) {
        if (answer.status() != 201) {
            throw new AssertionError("Placing an order answered " + answer);
        }
        JsonNode order = answer.json();
        return new Placed(order.get("id").asString(), answer.header("Location"),
                answer.header(Storefront.CONSISTENCY_TOKEN), order);
    }

    static String url(String orderId) {
        return ORDERS + "/" + orderId;
    }

    /** The order as order-service has it now. */
    static Http.Response get(String customerToken, String orderId) {
        return Http.get(url(orderId), Tokens.bearer(customerToken));
    }

    static Http.Response cancel(String customerToken, String orderId) {
        return Http.post(url(orderId) + "/cancel", null, Tokens.bearer(customerToken));
    }

    /** How many orders the customer has placed so far. */
    static long count(String customerToken) {
        Http.Response page = Http.get(ORDERS + "?size=1", Tokens.bearer(customerToken));
        if (page.status() != 200) {
            throw new AssertionError("Listing orders answered " + page);
        }
        return page.json().get("page").get("totalElements").asLong();
    }

    /** Waits until order-service says the order's saga ended; answers the order then. */
    static JsonNode awaitEnded(String customerToken, String orderId) {
        return awaitEnded(customerToken, orderId, SAGA_END);
    }

    static JsonNode awaitEnded(String customerToken, String orderId, Duration atMost) {
        AtomicReference<JsonNode> ended = new AtomicReference<>();
        await("order " + orderId + " ends CONFIRMED or CANCELLED")
                .atMost(atMost)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    Http.Response order = get(customerToken, orderId);
                    if (order.status() != 200) {
                        throw new AssertionError("Reading order " + orderId + " answered " + order);
                    }
                    ended.set(order.json());
                    return ENDED.contains(status(ended.get()));
                });
        return ended.get();
    }

    /** Waits until order-service shows the order in {@code status}; answers the order then. */
    static JsonNode awaitStatus(String customerToken, String orderId, String status, Duration atMost) {
        AtomicReference<JsonNode> order = new AtomicReference<>();
        await("order " + orderId + " is " + status)
                .atMost(atMost)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    order.set(get(customerToken, orderId).json());
                    return status.equals(status(order.get()));
                });
        return order.get();
    }

    /** Places an order that must be accepted and follows it to its end; answers it as order-service has it then. */
    static JsonNode placeAndAwaitEnd(String customerToken, Map<String, Object> request) {
        return awaitEnded(customerToken, placed(customerToken, request).id());
    }

    static String status(JsonNode order) {
        return order.get("status").asString();
    }

    /** The consistency token of the order's end (version 2). */
    static String endToken(String orderId) {
        return "Order:" + orderId + ":2";
    }

    /** The customer's view of the order in query-service, once it reflects the write that answered with {@code token}. */
    static Http.Response view(String customerToken, String orderId, String token) {
        return Http.get(MY_ORDERS + "/" + orderId, Tokens.bearer(customerToken, Storefront.CONSISTENCY_TOKEN, token));
    }

    /**
     * The customer's view of the order once query-service has seen it end: the query carries the
     * token of the order's end and is repeated while its bounded wait runs out ({@code stale}).
     */
    static JsonNode awaitEndedView(String customerToken, String orderId, Duration atMost) {
        return awaitEndedView(customerToken, orderId, atMost, view -> true);
    }

    /**
     * The same, once the view also {@code shows} what is asked: the order's payment comes from
     * payment-service's events, which query-service may apply after the order's end.
     */
    static JsonNode awaitEndedView(String customerToken, String orderId, Duration atMost, Predicate<JsonNode> shows) {
        AtomicReference<Http.Response> view = new AtomicReference<>();
        await("query-service shows order " + orderId + " ended")
                .atMost(atMost)
                .pollInSameThread()
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(10))
                .until(() -> {
                    view.set(view(customerToken, orderId, endToken(orderId)));
                    return view.get().status() == 200 && caughtUp(view.get()) && shows.test(view.get().json());
                });
        return view.get().json();
    }

    static boolean caughtUp(Http.Response view) {
        return "caught-up".equals(view.header(Storefront.CONSISTENCY_STATUS));
    }
}
