package dev.cloudshop.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudshop.systemtests.Benchmarks.Distribution;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * How many orders the whole system settles per second, and how long a customer waits. With the
 * whole local stack running, {@code benchmark.clients} virtual customers (alice and bob in turn)
 * each place a single-line order through the gateway, then follow it on their order screen in
 * query-service until it shows the order ended (queries carrying the consistency token of the
 * order's end, repeated while their bounded wait runs out), then place the next: a closed loop,
 * for {@code benchmark.seconds} after {@code benchmark.warmUpSeconds} of the same. Every POST
 * carries an Idempotency-Key and is retried with it when the gateway or a service answers 5xx, as
 * a careful client does. Reported: orders per second, the POST's latency, and the time from
 * sending the POST to seeing the order CONFIRMED.
 * <p>
 * Not a test: it asserts only that every order ended and that the books balance (stock taken =
 * units confirmed, per product; money taken = totals confirmed, per customer), prints its figures
 * and writes them to {@code target/benchmarks/order-throughput.json}. Run it with
 * {@code scripts/benchmark.sh OrderThroughputBenchmark -Dbenchmark.seconds=30}.
 */
@SystemTest
class OrderThroughputBenchmark {

    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 8);

    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 60);

    private static final int WARM_UP_SECONDS = Integer.getInteger("benchmark.warmUpSeconds", 15);

    private static final int PRODUCTS = 10;

    private static final BigDecimal PRICE = new BigDecimal("1.00");

    /** More than enough for any rate this machine reaches; orders never run out of money. */
    private static final BigDecimal FUNDS = new BigDecimal("50000.00");

    /** How long one order may take to show its end on the query side before the benchmark gives up on it. */
    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    private static final int POST_ATTEMPTS = 5;

    @BeforeAll
    static void gatewayRoutesToEveryService() {
        Orders.awaitRoutedThroughGateway();
    }

    /** One order the benchmark placed: whose, and of what. */
    private record Placed(String id, String customer, String productId) {
    }

    /** What one phase of the run saw. */
    private static final class Phase {

        final Distribution posts = new Distribution();
        final Distribution toConfirmed = new Distribution();
        final Distribution toCancelled = new Distribution();
        final AtomicInteger retries = new AtomicInteger();
        final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<Placed> orders = new ConcurrentLinkedQueue<>();

        void failed(String what) {
            failures.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    @Test
    void measuresOrdersPerSecondAndHowLongCustomersWaitForConfirmation() throws Exception {
        List<String> customers = List.of("alice", "bob");
        List<String> products = new ArrayList<>();
        for (int i = 0; i < PRODUCTS; i++) {
            products.add(Catalog.create(Catalog.uniqueSku("BENCH"), PRICE, 100_000_000));
        }
        Map<String, BigDecimal> balancesBefore = new LinkedHashMap<>();
        for (String customer : customers) {
            balancesBefore.put(customer, Accounts.topUp(Tokens.signIn(customer), FUNDS));
        }
        Map<String, Integer> stockBefore = new LinkedHashMap<>();
        products.forEach(product -> stockBefore.put(product, Catalog.stock(product)));

        Phase warmUp = run(customers, products, WARM_UP_SECONDS);
        Benchmarks.TimerReading outboxBefore = Benchmarks.timer("order-service", "cloudshop_outbox_latency_seconds");
        Benchmarks.TimerReading sagaBefore = Benchmarks.timer("order-service", "cloudshop_saga_duration_seconds");
        long started = System.nanoTime();
        Phase measured = run(customers, products, SECONDS);
        double seconds = (System.nanoTime() - started) / 1e9;
        Benchmarks.TimerReading outboxAfter = Benchmarks.timer("order-service", "cloudshop_outbox_latency_seconds");
        Benchmarks.TimerReading sagaAfter = Benchmarks.timer("order-service", "cloudshop_saga_duration_seconds");

        List<Placed> placed = new ArrayList<>(warmUp.orders);
        placed.addAll(measured.orders);
        Books books = settle(placed);
        Map<String, Integer> stockTaken = new TreeMap<>();
        products.forEach(product -> stockTaken.put(product, stockBefore.get(product) - Catalog.stock(product)));
        Map<String, BigDecimal> moneyTaken = new LinkedHashMap<>();
        balancesBefore.forEach((customer, before) ->
                moneyTaken.put(customer, before.subtract(Accounts.balance(Tokens.signIn(customer)))));

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("benchmark", "order-throughput");
        results.put("clients", CLIENTS);
        results.put("seconds", SECONDS);
        results.put("warmUpSeconds", WARM_UP_SECONDS);
        results.put("ordersPlaced", measured.posts.count());
        results.put("ordersConfirmed", measured.toConfirmed.count());
        results.put("ordersCancelled", measured.toCancelled.count());
        results.put("confirmedOrdersPerSecond", measured.toConfirmed.count() / seconds);
        results.put("postLatencyMs", measured.posts.summary());
        results.put("postSentToConfirmedOnQuerySideMs", measured.toConfirmed.summary());
        results.put("postSentToCancelledOnQuerySideMs", measured.toCancelled.summary());
        results.put("postRetries", measured.retries.get());
        results.put("failures", Map.copyOf(measured.failures));
        results.put("warmUpFailures", Map.copyOf(warmUp.failures));
        results.put("sagaPlacedToEndedMeanMs", sagaAfter.meanMillisSince(sagaBefore));
        results.put("orderOutboxAppendToKafkaAckMeanMs", outboxAfter.meanMillisSince(outboxBefore));
        Map<String, Object> booksSummary = new LinkedHashMap<>();
        booksSummary.put("ordersIncludingWarmUp", placed.size());
        booksSummary.put("endedByStatus", books.byStatus);
        booksSummary.put("cancelReasons", books.cancelReasons);
        booksSummary.put("unitsConfirmed", books.units.values().stream().mapToInt(Integer::intValue).sum());
        booksSummary.put("stockTaken", stockTaken.values().stream().mapToInt(Integer::intValue).sum());
        booksSummary.put("moneyConfirmed", books.money.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        booksSummary.put("moneyTaken", moneyTaken.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        results.put("books", booksSummary);
        Benchmarks.report(Path.of("target", "benchmarks", "order-throughput.json"), results);

        assertThat(books.notEnded).as("orders that never ended").isEmpty();
        products.forEach(product -> assertThat(stockTaken.get(product)).as("stock taken of " + product)
                .isEqualTo(books.units.getOrDefault(product, 0)));
        customers.forEach(customer -> assertThat(moneyTaken.get(customer)).as("money taken from " + customer)
                .isEqualByComparingTo(books.money.getOrDefault(customer, BigDecimal.ZERO)));
        assertThat(warmUp.failures).as("requests that failed while warming up").isEmpty();
        assertThat(measured.failures).as("requests that failed").isEmpty();
    }

    /** Runs every client for {@code seconds}; each finishes the order it is following when the time is up. */
    private static Phase run(List<String> customers, List<String> products, int seconds) throws Exception {
        Phase phase = new Phase();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                String customer = customers.get(client % customers.size());
                int first = client;
                running.add(clients.submit(() -> {
                    for (int order = first; System.nanoTime() < deadline; order += CLIENTS) {
                        placeAndFollow(phase, customer, products.get(order % products.size()));
                    }
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }
        return phase;
    }

    private static void placeAndFollow(Phase phase, String customer, String product) {
        String key = UUID.randomUUID().toString();
        long sent = System.nanoTime();
        Http.Response answer = null;
        for (int attempt = 1; attempt <= POST_ATTEMPTS && (answer == null || answer.status() >= 500); attempt++) {
            if (attempt > 1) {
                phase.retries.incrementAndGet();
            }
            try {
                answer = Orders.place(Tokens.signIn(customer), Orders.request(Orders.line(product, 1)),
                        Orders.IDEMPOTENCY_KEY, key);
            } catch (UncheckedIOException e) {
                answer = null;
            }
        }
        long answered = System.nanoTime();
        if (answer == null || answer.status() != 201) {
            phase.failed("POST " + (answer == null ? "without an answer" : answer.status()));
            return;
        }
        phase.posts.add(answered - sent);
        String orderId = answer.json().get("id").asString();
        phase.orders.add(new Placed(orderId, customer, product));
        try {
            JsonNode view = Orders.awaitEndedView(Tokens.signIn(customer), orderId, GIVE_UP);
            long seen = System.nanoTime();
            (Orders.status(view).equals("CONFIRMED") ? phase.toConfirmed : phase.toCancelled).add(seen - sent);
        } catch (ConditionTimeoutException e) {
            phase.failed("order view not ended within " + GIVE_UP.toSeconds() + " s");
        }
    }

    /** What the orders add up to, as order-service has them once they ended. */
    private static final class Books {

        final Map<String, Integer> byStatus = new TreeMap<>();
        final Map<String, Integer> cancelReasons = new TreeMap<>();
        final Map<String, Integer> units = new ConcurrentHashMap<>();
        final Map<String, BigDecimal> money = new ConcurrentHashMap<>();
        final List<String> notEnded = new ArrayList<>();
    }

    /** Waits for every order to end (they all should have by now), then adds them up. */
    private static Books settle(List<Placed> placed) {
        Books books = new Books();
        for (Placed order : placed) {
            JsonNode ended;
            try {
                ended = Orders.awaitEnded(Tokens.signIn(order.customer()), order.id(), GIVE_UP);
            } catch (ConditionTimeoutException e) {
                books.notEnded.add(order.id());
                continue;
            }
            String status = Orders.status(ended);
            books.byStatus.merge(status, 1, Integer::sum);
            if (status.equals("CONFIRMED")) {
                books.units.merge(order.productId(), ended.get("lines").get(0).get("quantity").asInt(), Integer::sum);
                books.money.merge(order.customer(), ended.get("total").decimalValue(), BigDecimal::add);
            } else {
                books.cancelReasons.merge(ended.get("reason").asString(), 1, Integer::sum);
            }
        }
        return books;
    }
}
