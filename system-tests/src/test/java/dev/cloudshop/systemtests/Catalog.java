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
        return create(newProduct(sku));
    }

    /** Creates a product at {@code price} EUR with {@code stock} units, named after its SKU; answers its id. */
    static String create(String sku, BigDecimal price, int stock) {
        Map<String, Object> product = newProduct(sku);
        product.put("price", price);
        product.put("stock", stock);
        return create(product).json().get("id").asString();
    }

    private static Http.Response create(Map<String, Object> product) {
        Http.Response created = Http.post(PRODUCTS, product, Tokens.asAdmin());
        if (created.status() != 201) {
            throw new AssertionError("Creating " + product.get("sku") + " answered " + created);
        }
        return created;
    }

    /** The units in stock as product-service, the owner of stock, tells now. */
    static int stock(String productId) {
        Http.Response product = Http.get(url(productId));
        if (product.status() != 200) {
            throw new AssertionError("Reading product " + productId + " answered " + product);
        }
        return product.json().get("stock").asInt();
    }

    static String url(String productId) {
        return PRODUCTS + "/" + productId;
    }
}
