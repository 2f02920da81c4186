package dev.cloudshop.systemtests;

import static org.awaitility.Awaitility.await;

import dev.cloudshop.stack.Services;
import java.time.Duration;
import java.util.Map;

/** What a storefront reads and customers write besides products: reviews and the catalog view, through the gateway. */
final class Storefront {

    static final String GATEWAY = Services.named("gateway-service").url();

    static final String CATALOG = GATEWAY + "/api/v1/catalog/products";

    static final String CONSISTENCY_TOKEN = "Consistency-Token";

    static final String CONSISTENCY_STATUS = "Consistency-Status";

    private Storefront() {
    }

    /** The gateway learns from Eureka where review-service and query-service are; until then it cannot route. */
    static void awaitRoutedThroughGateway() {
        Catalog.awaitRoutedThroughGateway();
        await("the gateway routes to query-service and review-service")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .until(() -> Http.get(CATALOG + "?size=1").status() == 200 && reviewServiceAnswers());
    }

    /** review-service itself, not the gateway, says it does not know this product. */
    private static boolean reviewServiceAnswers() {
        Http.Response unknown = Http.get(reviews("00000000-0000-0000-0000-000000000000"));
        return unknown.status() == 404 && unknown.body().contains("/problems/product-not-found");
    }

    static String reviews(String productId) {
        return Catalog.url(productId) + "/reviews";
    }

    static Map<String, Object> review(int rating, String title) {
        return Map.of("rating", rating, "title", title, "body", "Written by the system tests");
    }

    /** Posts a review as the given customer, after the product is known to review-service. */
    static Http.Response post(String productId, String customerToken, int rating, String title) {
        Http.Response[] posted = new Http.Response[1];
        // review-service learns of a new product from product.events, a few milliseconds after it was created.
        await("review-service knows product " + productId)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    posted[0] = Http.post(reviews(productId), review(rating, title), Tokens.bearer(customerToken));
                    return posted[0].status() != 404;
                });
        if (posted[0].status() != 201) {
            throw new AssertionError("Posting a review of " + productId + " answered " + posted[0]);
        }
        return posted[0];
    }

    /** The catalog's view of a product once it reflects the write that answered with {@code token}. */
    static Http.Response product(String productId, String token) {
        return Http.get(CATALOG + "/" + productId, CONSISTENCY_TOKEN, token);
    }
}
