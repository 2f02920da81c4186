package dev.cloudshop.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The read side as a storefront sees it: an administrator adds products, customers review them,
 * and the catalog view in query-service shows them with their averages, each query waiting for
 * the write whose Consistency-Token it carries.
 */
@SystemTest
class ReviewsAndCatalogTests {

    @BeforeAll
    static void gatewayRoutesToEveryService() {
        Storefront.awaitRoutedThroughGateway();
    }

    @Test
    void showsProductsWithTheAverageOfTheirReviews() {
        String word = Catalog.uniqueSku("LANTERN").replace("-", "").toLowerCase();
        Http.Response lantern = Catalog.create(Catalog.uniqueSku("LANTERN"));
        String productId = lantern.json().get("id").asString();
        Http.Response renamed = Http.put(Catalog.url(productId),
                Map.of("name", "Storm lantern " + word, "description", "Brass, for windy evenings", "price", new BigDecimal("24.50"),
                        "currency", "EUR"),
                Tokens.asAdmin("If-Match", lantern.header("ETag")));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);

        Http.Response byAlice = Storefront.post(productId, Tokens.customer(), 5, "Bright and sturdy");
        Http.Response byBob = Storefront.post(productId, Tokens.otherCustomer(), 2, "Too heavy");

        Http.Response view = Storefront.product(productId, byBob.header(Storefront.CONSISTENCY_TOKEN));
        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        assertThat(view.header(Storefront.CONSISTENCY_STATUS)).isEqualTo("caught-up");
        JsonNode product = view.json();
        assertThat(product.get("name").asString()).isEqualTo("Storm lantern " + word);
        assertThat(product.get("price").decimalValue()).isEqualByComparingTo("24.50");
        assertThat(product.get("reviewCount").asInt()).isEqualTo(2);
        assertThat(product.get("ratingAverage").decimalValue()).isEqualByComparingTo("3.5");
        assertThat(titles(product.get("latestReviews"))).containsExactly("Too heavy", "Bright and sturdy");
        assertThat(product.get("freshness").get("productVersion").asLong()).isEqualTo(2);

        Http.Response found = Http.get(Storefront.CATALOG + "?q=" + word, Storefront.CONSISTENCY_TOKEN,
                byAlice.header(Storefront.CONSISTENCY_TOKEN));
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(StreamSupport.stream(found.json().get("content").spliterator(), false)
                .map(p -> p.get("id").asString())).containsExactly(productId);
    }

    @Test
    void followsACustomerEditingAndRemovingTheirReview() {
        String productId = Catalog.create(Catalog.uniqueSku("KETTLE")).json().get("id").asString();
        Http.Response posted = Storefront.post(productId, Tokens.customer(), 1, "Leaks");
        String review = posted.header("Location");

        Http.Response edited = Http.put(review, Map.of("rating", 4, "title", "Fine after all", "body", "It was the lid"),
                Tokens.bearer(Tokens.customer(), "If-Match", posted.header("ETag")));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        JsonNode afterEdit = Storefront.product(productId, edited.header(Storefront.CONSISTENCY_TOKEN)).json();
        assertThat(afterEdit.get("ratingAverage").decimalValue()).isEqualByComparingTo("4");
        assertThat(titles(afterEdit.get("latestReviews"))).containsExactly("Fine after all");

        Http.Response removed = Http.delete(review, Tokens.bearer(Tokens.customer()));
        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        JsonNode afterRemoval = Storefront.product(productId, removed.header(Storefront.CONSISTENCY_TOKEN)).json();
        assertThat(afterRemoval.get("reviewCount").asInt()).isZero();
        assertThat(afterRemoval.get("latestReviews")).isEmpty();
    }

    @Test
    void keepsOneReviewPerCustomerAndLetsOnlyTheAuthorEdit() {
        String productId = Catalog.create(Catalog.uniqueSku("TEAPOT")).json().get("id").asString();
        Http.Response posted = Storefront.post(productId, Tokens.customer(), 3, "Pours well");

        Http.Response second = Http.post(Storefront.reviews(productId), Storefront.review(5, "Again"),
                Tokens.bearer(Tokens.customer()));
        Http.Response byBob = Http.put(posted.header("Location"), Storefront.review(1, "Not mine"),
                Tokens.bearer(Tokens.otherCustomer(), "If-Match", posted.header("ETag")));
        Http.Response anonymous = Http.post(Storefront.reviews(productId), Storefront.review(5, "Anonymous"));

        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(byBob.status()).as(byBob.toString()).isEqualTo(403);
        assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);
    }

    @Test
    void refusesReviewsOfDiscontinuedProducts() {
        String productId = Catalog.create(Catalog.uniqueSku("GONE")).json().get("id").asString();
        Http.Response discontinued = Http.post(Catalog.url(productId) + "/discontinue", null, Tokens.asAdmin());
        assertThat(discontinued.status()).as(discontinued.toString()).isEqualTo(200);

        JsonNode view = Storefront.product(productId, discontinued.header(Storefront.CONSISTENCY_TOKEN)).json();
        assertThat(view.get("status").asString()).isEqualTo("DISCONTINUED");
        await("review-service learns of the discontinuation")
                .atMost(Duration.ofSeconds(30))
                .until(() -> Http.post(Storefront.reviews(productId), Storefront.review(4, "Late"),
                        Tokens.bearer(Tokens.customer())).status() == 409);
    }

    private static List<String> titles(JsonNode reviews) {
        return StreamSupport.stream(reviews.spliterator(), false).map(r -> r.get("title").asString()).toList();
    }
}
