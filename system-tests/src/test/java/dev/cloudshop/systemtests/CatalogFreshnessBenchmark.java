package dev.cloudshop.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudshop.systemtests.Benchmarks.Distribution;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How long a write takes to become visible in the catalog: the consistency gap a storefront user
 * could notice. With the whole local stack running, an administrator adjusts stock through the
 * gateway, one write at a time; right after each answer, a catalog query carrying the write's
 * Consistency-Token asks query-service (through the gateway) for the product and returns as soon
 * as the catalog reflects the write. Reported: the write's latency, the gap (write answered to
 * catalog answered), and a catalog read without a token, the floor the gap includes.
 * <p>
 * Not a test: it asserts only that every write became visible, prints its figures and writes
 * them to {@code target/benchmarks/catalog-freshness.json}. Run it with
 * {@code scripts/benchmark.sh CatalogFreshnessBenchmark}.
 */
@SystemTest
class CatalogFreshnessBenchmark {

    private static final int PRODUCTS = 10;

    private static final int WARM_UP = Integer.getInteger("benchmark.warmUp", 200);

    private static final int WRITES = Integer.getInteger("benchmark.writes", 1000);

    @BeforeAll
    static void gatewayRoutesToEveryService() {
        Storefront.awaitRoutedThroughGateway();
    }

    @Test
    void measuresTheGapBetweenAWriteAndTheCatalogShowingIt() {
        List<String> products = new ArrayList<>();
        for (int i = 0; i < PRODUCTS; i++) {
            products.add(Catalog.create(Catalog.uniqueSku("FRESH")).json().get("id").asString());
        }
        String token = Tokens.admin();
        run(products, token, WARM_UP, new Distribution(), new Distribution(), new Distribution());

        Distribution writes = new Distribution();
        Distribution gaps = new Distribution();
        Distribution totals = new Distribution();
        Benchmarks.TimerReading outboxBefore = Benchmarks.timer("product-service", "cloudshop_outbox_latency_seconds");
        long started = System.nanoTime();
        run(products, token, WRITES, writes, gaps, totals);
        double seconds = (System.nanoTime() - started) / 1e9;
        Benchmarks.TimerReading outboxAfter = Benchmarks.timer("product-service", "cloudshop_outbox_latency_seconds");

        Distribution reads = new Distribution();
        for (int i = 0; i < WRITES; i++) {
            long start = System.nanoTime();
            Http.Response read = Http.get(Storefront.CATALOG + "/" + products.get(i % PRODUCTS));
            reads.add(System.nanoTime() - start);
            assertThat(read.status()).isEqualTo(200);
        }

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("benchmark", "catalog-freshness");
        results.put("writes", WRITES);
        results.put("warmUpWrites", WARM_UP);
        results.put("writesPerSecond", WRITES / seconds);
        results.put("writeLatencyMs", writes.summary());
        results.put("visibleAfterWriteAnsweredMs", gaps.summary());
        results.put("writeSentToVisibleMs", totals.summary());
        results.put("catalogReadWithoutTokenMs", reads.summary());
        results.put("outboxAppendToKafkaAckMeanMs", outboxAfter.meanMillisSince(outboxBefore));
        Benchmarks.report(Path.of("target", "benchmarks", "catalog-freshness.json"), results);

        assertThat(gaps.count()).isEqualTo(WRITES);
    }

    private static void run(List<String> products, String token, int count, Distribution writes, Distribution gaps,
            Distribution totals) {
        for (int i = 0; i < count; i++) {
            String product = products.get(i % PRODUCTS);
            long start = System.nanoTime();
            Http.Response written = Http.post(Catalog.url(product) + "/stock-adjustments",
                    Map.of("delta", 1, "reason", "Benchmark"), Tokens.bearer(token));
            long answered = System.nanoTime();
            assertThat(written.status()).as(written.toString()).isEqualTo(200);
            String consistencyToken = written.header(Storefront.CONSISTENCY_TOKEN);
            Http.Response visible = Storefront.product(product, consistencyToken);
            long seen = System.nanoTime();
            assertThat(visible.status()).as(visible.toString()).isEqualTo(200);
            assertThat(visible.header(Storefront.CONSISTENCY_STATUS)).as("the catalog caught up with " + consistencyToken)
                    .isEqualTo("caught-up");
            writes.add(answered - start);
            gaps.add(seen - answered);
            totals.add(seen - start);
        }
    }
}
