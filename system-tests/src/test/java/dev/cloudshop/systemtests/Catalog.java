package dev.cloudshop.systemtests;

import static org.awaitility.Awaitility.await;

import dev.cloudshop.stack.Services;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The product catalog as clients reach it: through the gateway. */
final class Catalog {

    static final String PRODUCTS = Services.named("gateway-service").url() + "/api/v1/products";

    private Catalog() {
    }

    /** The gateway learns from Eureka where product-service is; until then it cannot route. */
    static void awaitRoutedThroughGateway() {
        await("the gateway routes to product-service")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .until(() -> Http.get(PRODUCTS + "?size=1").status() == 200);
    }

    /** A SKU no other test uses, e.g. {@code SHIRT-3F9A0C1B}. */
    static String uniqueSku(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** A valid creation request: 19.99 EUR, 10 units in stock. */
    static Map<String, Object> newProduct(String sku) {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("sku", sku);
        product.put("name", "Product " + sku);
        product.put("description", "Created by the system tests");
        product.put("price", new BigDecimal("19.99"));
        product.put("currency", "EUR");
        product.put("stock", 10);
        return product;
    }

    static Http.Response create(String sku) {
        Http.Response created = Http.post(PRODUCTS, newProduct(sku), Tokens.asAdmin());
        if (created.status() != 201) {
            throw new AssertionError("Creating " + sku + " answered " + created);
        }
        return created;
    }

    static String url(String productId) {
        return PRODUCTS + "/" + productId;
    }
}
