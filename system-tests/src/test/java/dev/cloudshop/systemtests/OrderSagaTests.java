package dev.cloudshop.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.cloudshop.stack.LocalStack;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import tools.jackson.databind.JsonNode;

/**
 * The order saga across the whole system: a customer orders through the gateway, order-service
 * reserves stock at product-service and takes the money at payment-service over Kafka, and the
 * customer's order screen in query-service follows. Whatever happens, every order ends CONFIRMED
 * or CANCELLED and the books balance: stock and money move for confirmed orders only, once.
 * <p>
 * Runs after every other class but the shutdown (it kills services), the journeys with every
 * service up first. alice's and bob's balances are shared with the rest of the run, so every test
 * compares balances before and after, and uses products of its own.
 */
@SystemTest
@Order(Integer.MAX_VALUE - 1)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class OrderSagaTests {

    /** Long enough for a killed service to start again and catch up with what it missed. */
    private static final Duration SERVICE_RESTART = Duration.ofMinutes(4);

    /** The saga's payment timeout (30 s) and its sweeper's round, with room for a slow machine. */
    private static final Duration PAYMENT_TIMED_OUT = Duration.ofSeconds(90);

    @BeforeAll
    static void gatewayRoutesToEveryService() {
        Orders.awaitRoutedThroughGateway();
    }

    @Nested
    @Order(1)
    class WithEveryServiceUp {

        @Test
        void confirmsAnOrderTakingStockAndMoneyOnceAndShowsItOnTheCustomersScreen() {
            String alice = Tokens.customer();
            String sku = Catalog.uniqueSku("LAMP");
            String product = Catalog.create(sku, new BigDecimal("10.00"), 5);
            BigDecimal balance = Accounts.topUp(alice, new BigDecimal("100.00"));

            Orders.Placed placed = Orders.placed(alice, Orders.request(Orders.line(product, 2)));

            assertThat(placed.location()).isEqualTo(Orders.url(placed.id()));
            assertThat(placed.consistencyToken()).isEqualTo("Order:" + placed.id() + ":1");
            assertThat(placed.order().get("total").decimalValue()).isEqualByComparingTo("20.00");
            JsonNode order = Orders.awaitEnded(alice, placed.id());
            assertThat(Orders.status(order)).as(order.toString()).isEqualTo("CONFIRMED");
            assertThat(Catalog.stock(product)).isEqualTo(3);
            assertThat(Accounts.balance(alice)).isEqualByComparingTo(balance.subtract(new BigDecimal("20.00")));
            expectPaymentTaken(alice, order);

            Http.Response placedView = Orders.view(alice, placed.id(), placed.consistencyToken());
            assertThat(placedView.status()).as(placedView.toString()).isEqualTo(200);
            assertThat(Orders.caughtUp(placedView)).as("caught up with " + placed.consistencyToken()).isTrue();
            JsonNode view = Orders.awaitEndedView(alice, placed.id(), Orders.SAGA_END,
                    ended -> paymentState(ended).equals("AUTHORIZED"));
            assertThat(view.get("orderId").asString()).isEqualTo(placed.id());
            assertThat(view.get("status").asString()).isEqualTo("CONFIRMED");
            assertThat(view.get("total").decimalValue()).isEqualByComparingTo("20.00");
            assertThat(view.get("currency").asString()).isEqualTo("EUR");
            JsonNode line = view.get("lines").get(0);
            assertThat(line.get("productId").asString()).isEqualTo(product);
            assertThat(line.get("productName").asString()).isEqualTo("Product " + sku);
            assertThat(line.get("quantity").asInt()).isEqualTo(2);
            assertThat(line.get("unitPrice").decimalValue()).isEqualByComparingTo("10.00");
            assertThat(view.get("payment").get("amount").decimalValue()).isEqualByComparingTo("20.00");
            assertThat(statuses(view.get("timeline"))).containsExactly("PENDING", "PAYMENT_AUTHORIZED", "CONFIRMED");
            assertThat(view.get("freshness").get("orderVersion").asLong()).isEqualTo(2);
        }

        @Test
        void cancelsAnOrderForMoreThanIsInStockTakingNothing() {
            String alice = Tokens.customer();
            String product = Catalog.create(Catalog.uniqueSku("VASE"), new BigDecimal("10.00"), 5);
            BigDecimal balance = Accounts.topUp(alice, new BigDecimal("100.00"));

            JsonNode order = Orders.placeAndAwaitEnd(alice, Orders.request(Orders.line(product, 6)));

            assertThat(Orders.status(order)).as(order.toString()).isEqualTo("CANCELLED");
            assertThat(order.get("reason").asString()).isEqualTo("OUT_OF_STOCK");
            assertThat(Catalog.stock(product)).isEqualTo(5);
            assertThat(Accounts.balance(alice)).isEqualByComparingTo(balance);
            assertThat(Accounts.payments(alice, order.get("id").asString()).status()).as("no payment").isEqualTo(404);
        }

        @Test
        void cancelsAnOrderTheCustomerCannotPayForAndReleasesItsStock() {
            String bob = Tokens.otherCustomer();
            BigDecimal balance = Accounts.balance(bob);
            // bob starts with 20.00; whatever he has, this order costs 10.00 more (and at least 30.00).
            BigDecimal unitPrice = balance.add(BigDecimal.TEN).max(new BigDecimal("30.00"))
                    .divide(BigDecimal.valueOf(2), 2, RoundingMode.CEILING);
            String product = Catalog.create(Catalog.uniqueSku("DESK"), unitPrice, 5);

            JsonNode order = Orders.placeAndAwaitEnd(bob, Orders.request(Orders.line(product, 2)));

            assertThat(Orders.status(order)).as(order.toString()).isEqualTo("CANCELLED");
            assertThat(order.get("reason").asString()).isEqualTo("PAYMENT_DECLINED");
            assertThat(statuses(order.get("history"))).as("stock was reserved, then released")
                    .contains("AWAITING_PAYMENT").endsWith("CANCELLED");
            assertThat(Catalog.stock(product)).isEqualTo(5);
            assertThat(Accounts.balance(bob)).isEqualByComparingTo(balance);
            JsonNode payment = payment(bob, order.get("id").asString());
            assertThat(payment.get("status").asString()).isEqualTo("DECLINED");
            assertThat(payment.get("declineReason").asString()).isEqualTo("INSUFFICIENT_FUNDS");
            JsonNode view = Orders.awaitEndedView(bob, order.get("id").asString(), Orders.SAGA_END,
                    ended -> paymentState(ended).equals("DECLINED"));
            assertThat(view.get("status").asString()).isEqualTo("CANCELLED");
            assertThat(view.get("cancelReason").asString()).isEqualTo("PAYMENT_DECLINED");
            assertThat(view.get("payment").get("declineReason").asString()).isEqualTo("INSUFFICIENT_FUNDS");
        }

        @Test
        void cancelsAnOrderTheCustomerCancelsBeforeItIsConfirmedOrKeepsItWhole() {
            String alice = Tokens.customer();
            String product = Catalog.create(Catalog.uniqueSku("RUG"), new BigDecimal("10.00"), 5);
            BigDecimal balance = Accounts.topUp(alice, new BigDecimal("100.00"));

            Orders.Placed placed = Orders.placed(alice, Orders.request(Orders.line(product, 1)));
            Http.Response cancelled = Orders.cancel(alice, placed.id());
            JsonNode order = Orders.awaitEnded(alice, placed.id());

            if (Orders.status(order).equals("CANCELLED")) {
                assertThat(cancelled.status()).as(cancelled.toString()).isIn(200, 202);
                assertThat(order.get("reason").asString()).isEqualTo("CUSTOMER_CANCELLED");
                assertThat(Catalog.stock(product)).isEqualTo(5);
                assertThat(Accounts.balance(alice)).isEqualByComparingTo(balance);
                expectNoPaymentKept(alice, placed.id());
            } else {
                // The saga was quicker than the cancel: then the cancel is refused, and the order holds whole.
                assertThat(Orders.status(order)).as(order.toString()).isEqualTo("CONFIRMED");
                assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(409);
                assertThat(cancelled.json().get("type").asString()).endsWith("/order-not-cancellable");
                assertThat(Catalog.stock(product)).isEqualTo(4);
                assertThat(Accounts.balance(alice)).isEqualByComparingTo(balance.subtract(new BigDecimal("10.00")));
                expectPaymentTaken(alice, order);
            }
        }

        @Test
        void placesOneOrderAndChargesOnceForARequestSentTwiceWithTheSameIdempotencyKey() {
            String alice = Tokens.customer();
            String product = Catalog.create(Catalog.uniqueSku("CLOCK"), new BigDecimal("7.50"), 5);
            BigDecimal balance = Accounts.topUp(alice, new BigDecimal("100.00"));
            long ordersBefore = Orders.count(alice);
            String key = UUID.randomUUID().toString();

            Http.Response first = Orders.place(alice, Orders.request(Orders.line(product, 2)), Orders.IDEMPOTENCY_KEY, key);
            Http.Response again = Orders.place(alice, Orders.request(Orders.line(product, 2)), Orders.IDEMPOTENCY_KEY, key);

            Orders.Placed placed = Orders.placedFrom(first);
            Orders.Placed replayed = Orders.placedFrom(again);
            assertThat(replayed.id()).isEqualTo(placed.id());
            assertThat(replayed.location()).isEqualTo(placed.location());
            assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
            JsonNode order = Orders.awaitEnded(alice, placed.id());
            assertThat(Orders.status(order)).as(order.toString()).isEqualTo("CONFIRMED");
            assertThat(Orders.count(alice)).isEqualTo(ordersBefore + 1);
            assertThat(Catalog.stock(product)).isEqualTo(3);
            assertThat(Accounts.balance(alice)).isEqualByComparingTo(balance.subtract(new BigDecimal("15.00")));
            expectPaymentTaken(alice, order);
        }
    }

    @Nested
    @Order(2)
    class WithAServiceDown {

        @Test
        void refusesOrdersAtOnceWhileProductServiceIsDownAndTakesThemAgainOnceItIsBack(LocalStack stack) {
            String alice = Tokens.customer();
            String product = Catalog.create(Catalog.uniqueSku("KITE"), new BigDecimal("1.00"), 5);
            BigDecimal balance = Accounts.topUp(alice, new BigDecimal("100.00"));
            long ordersBefore = Orders.count(alice);

            stack.kill("product-service");
            try {
                for (int attempt = 0; attempt < 3; attempt++) {
                    long start = System.nanoTime();
                    Http.Response refused = Orders.place(alice, Orders.request(Orders.line(product, 1)));
                    Duration took = Duration.ofNanos(System.nanoTime() - start);

                    assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
                    assertThat(refused.json().get("type").asString()).isEqualTo("https://cloudshop.dev/problems/pricing-unavailable");
                    assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();
                    assertThat(took).as("refused within").isLessThan(Duration.ofSeconds(10));
                }
                assertThat(Orders.count(alice)).as("orders placed").isEqualTo(ordersBefore);
                assertThat(Accounts.balance(alice)).isEqualByComparingTo(balance);
            } finally {
                stack.startAgain("product-service");
                Catalog.awaitRoutedThroughGateway();
            }

            // Back: once order-service's circuit breaker lets calls through again, orders are taken.
            Orders.Placed placed = awaitAccepted(alice, Orders.request(Orders.line(product, 1)));
            JsonNode order = Orders.awaitEnded(alice, placed.id());
            assertThat(Orders.status(order)).as(order.toString()).isEqualTo("CONFIRMED");
            assertThat(Catalog.stock(product)).isEqualTo(4);
            assertThat(Accounts.balance(alice)).isEqualByComparingTo(balance.subtract(BigDecimal.ONE));
        }

        /**
         * Two kinds of orders wait for payment-service: some long enough for the saga to time
         * their payment out (the authorisation it asked for is still on its way, so the refund
         * follows it), some placed just before it comes back, which may end either way.
         */
        @Test
        void settlesEveryOrderOnceWhenPaymentServiceDiesMidSagaAndComesBack(LocalStack stack) {
            String alice = Tokens.customer();
            String product = Catalog.create(Catalog.uniqueSku("BELL"), new BigDecimal("3.00"), 50);
            BigDecimal balance = Accounts.topUp(alice, new BigDecimal("100.00"));
            List<String> timedOut = new ArrayList<>();
            List<String> waiting = new ArrayList<>();

            stack.kill("payment-service");
            try {
                for (int quantity = 1; quantity <= 3; quantity++) {
                    timedOut.add(Orders.placed(alice, Orders.request(Orders.line(product, quantity))).id());
                }
                for (String orderId : timedOut) {
                    Orders.awaitStatus(alice, orderId, "AWAITING_PAYMENT", Orders.SAGA_END);
                }
                assertThat(Catalog.stock(product)).as("reserved while the payment is awaited").isEqualTo(50 - 6);
                for (String orderId : timedOut) {
                    // the payment timeout (30 s, config-repo/order-service.yml) passed: refund asked, unanswered
                    Orders.awaitStatus(alice, orderId, "COMPENSATING", PAYMENT_TIMED_OUT);
                }
                for (int quantity = 4; quantity <= 5; quantity++) {
                    waiting.add(Orders.placed(alice, Orders.request(Orders.line(product, quantity))).id());
                }
                for (String orderId : waiting) {
                    Orders.awaitStatus(alice, orderId, "AWAITING_PAYMENT", Orders.SAGA_END);
                }
            } finally {
                stack.startAgain("payment-service");
                awaitPaymentServiceRouted();
            }

            BigDecimal paid = BigDecimal.ZERO;
            int sold = 0;
            for (String orderId : timedOut) {
                JsonNode order = Orders.awaitEnded(alice, orderId, SERVICE_RESTART);
                assertThat(Orders.status(order)).as(order.toString()).isEqualTo("CANCELLED");
                assertThat(order.get("reason").asString()).isEqualTo("TIMEOUT");
                expectPaymentRefunded(alice, order);
            }
            for (String orderId : waiting) {
                JsonNode order = Orders.awaitEnded(alice, orderId, SERVICE_RESTART);
                if (Orders.status(order).equals("CONFIRMED")) {
                    paid = paid.add(order.get("total").decimalValue());
                    sold += order.get("lines").get(0).get("quantity").asInt();
                    expectPaymentTaken(alice, order);
                } else {
                    // payment-service came back later than this order's payment timeout
                    assertThat(order.get("reason").asString()).as(order.toString()).isEqualTo("TIMEOUT");
                    expectNoPaymentKept(alice, orderId);
                }
            }
            assertThat(Accounts.balance(alice)).as("money kept for the confirmed orders only, once")
                    .isEqualByComparingTo(balance.subtract(paid));
            assertThat(Catalog.stock(product)).as("stock kept for the confirmed orders only").isEqualTo(50 - sold);
            JsonNode view = Orders.awaitEndedView(alice, timedOut.get(0), Orders.SAGA_END,
                    ended -> paymentState(ended).equals("REFUNDED"));
            assertThat(view.get("cancelReason").asString()).isEqualTo("TIMEOUT");
            assertThat(statuses(view.get("timeline"))).contains("PAYMENT_AUTHORIZED", "CANCELLED", "PAYMENT_REFUNDED");
        }

        private static Orders.Placed awaitAccepted(String customerToken, Map<String, Object> request) {
            Http.Response[] answer = new Http.Response[1];
            await("order-service prices orders again")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        answer[0] = Orders.place(customerToken, request);
                        return answer[0].status() != 503;
                    });
            return Orders.placedFrom(answer[0]);
        }

        private static void awaitPaymentServiceRouted() {
            await("the gateway routes to payment-service again")
                    .atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions()
                    .until(() -> Http.get(Accounts.MINE, Tokens.bearer(Tokens.customer())).status() == 200);
        }
    }

    /** The order's one payment is AUTHORIZED for exactly its total. */
    private static void expectPaymentTaken(String customerToken, JsonNode order) {
        JsonNode payment = payment(customerToken, order.get("id").asString());
        assertThat(payment.get("status").asString()).isEqualTo("AUTHORIZED");
        assertThat(payment.get("amount").decimalValue()).isEqualByComparingTo(order.get("total").decimalValue());
    }

    /** The order's payment was taken, late, and given back whole. */
    private static void expectPaymentRefunded(String customerToken, JsonNode order) {
        JsonNode payment = payment(customerToken, order.get("id").asString());
        assertThat(payment.get("status").asString()).isEqualTo("REFUNDED");
        assertThat(payment.get("amount").decimalValue()).isEqualByComparingTo(order.get("total").decimalValue());
        assertThat(payment.hasNonNull("authorizedAt")).as("authorised before the refund").isTrue();
    }

    /** Nothing of the order's payment is kept: none was taken, it was declined, or it was given back. */
    private static void expectNoPaymentKept(String customerToken, String orderId) {
        Http.Response payments = Accounts.payments(customerToken, orderId);
        if (payments.status() == 404) {
            return;
        }
        assertThat(payments.status()).as(payments.toString()).isEqualTo(200);
        assertThat(payments.json()).as(payments.toString()).hasSize(1);
        assertThat(payments.json().get(0).get("status").asString()).isIn("REFUNDED", "DECLINED", "VOIDED");
    }

    /** The order's one payment. */
    private static JsonNode payment(String customerToken, String orderId) {
        Http.Response payments = Accounts.payments(customerToken, orderId);
        assertThat(payments.status()).as(payments.toString()).isEqualTo(200);
        assertThat(payments.json()).as("one payment per order: " + payments).hasSize(1);
        return payments.json().get(0);
    }

    private static String paymentState(JsonNode view) {
        return view.get("payment").get("state").asString();
    }

    private static List<String> statuses(JsonNode changes) {
        return StreamSupport.stream(changes.spliterator(), false).map(change -> change.get("status").asString()).toList();
    }
}
