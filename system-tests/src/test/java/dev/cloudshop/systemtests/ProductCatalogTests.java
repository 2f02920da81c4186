package dev.cloudshop.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** product-service's API as a client uses it: through the gateway at :8080. */
@SystemTest
class ProductCatalogTests {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEMS = "https://cloudshop.dev/problems/";

    @BeforeAll
    static void gatewayRoutesToProducts() {
        Catalog.awaitRoutedThroughGateway();
    }

    @Nested
    class CreatingAProduct {

        @Test
        void answersCreatedWithTheProductItsGatewayLocationAndItsVersionAsETag() {
            String sku = Catalog.uniqueSku("CREATE");

            Http.Response created = Http.post(Catalog.PRODUCTS, Catalog.newProduct(sku), Tokens.asAdmin());

            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            JsonNode product = created.json();
            assertThat(product.get("sku").asString()).isEqualTo(sku);
            assertThat(product.get("price").decimalValue()).isEqualByComparingTo("19.99");
            assertThat(product.get("currency").asString()).isEqualTo("EUR");
            assertThat(product.get("stock").asInt()).isEqualTo(10);
            assertThat(product.get("status").asString()).isEqualTo("ACTIVE");
            assertThat(created.header("Location")).isEqualTo(Catalog.url(product.get("id").asString()));
            assertThat(created.header("ETag")).isEqualTo(etag(product));
        }

        @Test
        void rejectsInvalidFieldsNamingEachOne() {
            Map<String, Object> invalid = Catalog.newProduct("not a sku");
            invalid.put("name", " ");
            invalid.put("price", new BigDecimal("-1"));

            Http.Response rejected = Http.post(Catalog.PRODUCTS, invalid, Tokens.asAdmin());

            assertThat(rejected.status()).as(rejected.toString()).isEqualTo(400);
            assertThat(rejected.header("Content-Type")).startsWith(PROBLEM_JSON);
            JsonNode problem = rejected.json();
            assertThat(problem.get("type").asString()).isEqualTo(PROBLEMS + "invalid-request");
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(fields(problem.get("errors"))).contains("sku", "name", "price");
        }

        @Test
        void rejectsMalformedJson() {
            Http.Response rejected = Http.post(Catalog.PRODUCTS, "{\"sku\": \"BROKEN-1\", \"name\": ",
                    Tokens.asAdmin());

            assertThat(rejected.status()).as(rejected.toString()).isEqualTo(400);
            assertThat(rejected.header("Content-Type")).startsWith(PROBLEM_JSON);
            assertThat(rejected.json().get("type").asString()).isEqualTo(PROBLEMS + "malformed-request");
        }

        @Test
        void refusesASkuThatIsTaken() {
            String sku = Catalog.uniqueSku("TWICE");
            Catalog.create(sku);

            Http.Response again = Http.post(Catalog.PRODUCTS, Catalog.newProduct(sku), Tokens.asAdmin());

            assertThat(again.status()).as(again.toString()).isEqualTo(409);
            assertThat(again.json().get("type").asString()).isEqualTo(PROBLEMS + "duplicate-sku");
        }
    }

    @Nested
    class ReadingAProduct {

        @Test
        void returnsTheProductWithItsVersionAsETag() {
            JsonNode created = Catalog.create(Catalog.uniqueSku("READ")).json();

            Http.Response read = Http.get(Catalog.url(created.get("id").asString()));

            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json()).isEqualTo(created);
            assertThat(read.header("ETag")).isEqualTo(etag(created));
        }

        @Test
        void answersNotFoundForAnUnknownId() {
            Http.Response missing = Http.get(Catalog.url(UUID.randomUUID().toString()));

            assertThat(missing.status()).as(missing.toString()).isEqualTo(404);
            assertThat(missing.header("Content-Type")).startsWith(PROBLEM_JSON);
            assertThat(missing.json().get("type").asString()).isEqualTo(PROBLEMS + "product-not-found");
        }
    }

    @Nested
    class RevisingAProduct {

        @Test
        void appliesAChangeBasedOnTheCurrentVersion() {
            Http.Response created = Catalog.create(Catalog.uniqueSku("REVISE"));
            String url = Catalog.url(created.json().get("id").asString());

            Http.Response revised = Http.put(url, revision("Renamed", "24.99"),
                    Tokens.asAdmin("If-Match", created.header("ETag")));

            assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
            JsonNode product = revised.json();
            assertThat(product.get("name").asString()).isEqualTo("Renamed");
            assertThat(product.get("price").decimalValue()).isEqualByComparingTo("24.99");
            assertThat(product.get("version").asLong()).isGreaterThan(created.json().get("version").asLong());
            assertThat(revised.header("ETag")).isEqualTo(etag(product));
            assertThat(Http.get(url).json().get("name").asString()).isEqualTo("Renamed");
        }

        @Test
        void refusesAChangeBasedOnAStaleVersion() {
            Http.Response created = Catalog.create(Catalog.uniqueSku("STALE"));
            String url = Catalog.url(created.json().get("id").asString());
            String firstVersion = created.header("ETag");
            assertThat(Http.put(url, revision("First change", "21.00"),
                    Tokens.asAdmin("If-Match", firstVersion)).status()).isEqualTo(200);

            Http.Response stale = Http.put(url, revision("Second change", "22.00"),
                    Tokens.asAdmin("If-Match", firstVersion));

            assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
            assertThat(stale.json().get("type").asString()).isEqualTo(PROBLEMS + "stale-version");
            assertThat(Http.get(url).json().get("name").asString()).isEqualTo("First change");
        }

        private Map<String, Object> revision(String name, String price) {
            return Map.of("name", name, "description", "Revised by the system tests",
                    "price", new BigDecimal(price), "currency", "EUR");
        }
    }

    @Nested
    class ListingProducts {

        @Test
        void pagesThroughTheCatalogSortedBySku() {
            // A leading digit sorts these before every other test's products
            String prefix = "0-" + Catalog.uniqueSku("LIST");
            for (String suffix : List.of("C", "A", "B")) {
                Catalog.create(prefix + "-" + suffix);
            }

            Http.Response firstPage = Http.get(Catalog.PRODUCTS + "?size=2&page=0&sort=sku,asc");
            Http.Response secondPage = Http.get(Catalog.PRODUCTS + "?size=2&page=1&sort=sku,asc");

            assertThat(firstPage.status()).as(firstPage.toString()).isEqualTo(200);
            assertThat(skus(firstPage)).containsExactly(prefix + "-A", prefix + "-B");
            assertThat(skus(secondPage).get(0)).isEqualTo(prefix + "-C");
            JsonNode page = firstPage.json().get("page");
            assertThat(page.get("size").asInt()).isEqualTo(2);
            assertThat(page.get("number").asInt()).isZero();
            assertThat(page.get("totalElements").asLong()).isGreaterThanOrEqualTo(3);
            assertThat(page.get("totalPages").asLong()).isEqualTo((page.get("totalElements").asLong() + 1) / 2);
        }

        private List<String> skus(Http.Response response) {
            return StreamSupport.stream(response.json().get("content").spliterator(), false)
                    .map(product -> product.get("sku").asString())
                    .toList();
        }
    }

    @Nested
    class AdjustingStock {

        @Test
        void addsAndTakesAwayUnits() {
            String url = Catalog.url(Catalog.create(Catalog.uniqueSku("STOCK")).json().get("id").asString());

            Http.Response added = Http.post(url + "/stock-adjustments", Map.of("delta", 5, "reason", "Goods received"),
                    Tokens.asAdmin());
            Http.Response taken = Http.post(url + "/stock-adjustments", Map.of("delta", -3, "reason", "Damaged"),
                    Tokens.asAdmin());

            assertThat(added.status()).as(added.toString()).isEqualTo(200);
            assertThat(added.json().get("stock").asInt()).isEqualTo(15);
            assertThat(taken.json().get("stock").asInt()).isEqualTo(12);
        }

        @Test
        void refusesToTakeStockBelowZero() {
            String url = Catalog.url(Catalog.create(Catalog.uniqueSku("SHORT")).json().get("id").asString());

            Http.Response refused = Http.post(url + "/stock-adjustments", Map.of("delta", -11, "reason", "Too many"),
                    Tokens.asAdmin());

            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.json().get("type").asString()).isEqualTo(PROBLEMS + "insufficient-stock");
            assertThat(Http.get(url).json().get("stock").asInt()).isEqualTo(10);
        }
    }

    @Nested
    class DiscontinuingAProduct {

        @Test
        void takesItOutOfTheCatalogForGood() {
            String url = Catalog.url(Catalog.create(Catalog.uniqueSku("GONE")).json().get("id").asString());

            Http.Response discontinued = Http.post(url + "/discontinue", null, Tokens.asAdmin());
            Http.Response adjusted = Http.post(url + "/stock-adjustments", Map.of("delta", 1, "reason", "Late delivery"),
                    Tokens.asAdmin());

            assertThat(discontinued.status()).as(discontinued.toString()).isEqualTo(200);
            assertThat(discontinued.json().get("status").asString()).isEqualTo("DISCONTINUED");
            assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(409);
            assertThat(adjusted.json().get("type").asString()).isEqualTo(PROBLEMS + "product-discontinued");
        }
    }

    private static String etag(JsonNode product) {
        return "\"" + product.get("version").asLong() + "\"";
    }

    private static List<String> fields(JsonNode errors) {
        return StreamSupport.stream(errors.spliterator(), false).map(error -> error.get("field").asString()).toList();
    }
}
