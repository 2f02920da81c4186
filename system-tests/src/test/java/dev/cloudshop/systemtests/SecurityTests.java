package dev.cloudshop.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudshop.stack.Services;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Signing in the documented way and the attacks the system must refuse: through the gateway and
 * straight at product-service, which checks every token again.
 */
@SystemTest
class SecurityTests {

    private static final String PROBLEMS = "https://cloudshop.dev/problems/";
    private static final String PRODUCT_SERVICE = Services.named("product-service").url() + "/api/v1/products";

    @BeforeAll
    static void gatewayRoutesToProducts() {
        Catalog.awaitRoutedThroughGateway();
    }

    @Nested
    class SigningIn {

        @Test
        void givesTheAdminAnAdminTokenForTheApi() {
            JsonNode claims = Tokens.claims(Tokens.admin());

            assertThat(claims.get("iss").asString()).isEqualTo(Services.named("auth-service").url());
            assertThat(claims.get("aud").toString()).contains("cloudshop-api");
            assertThat(claims.get("sub").asString()).isEqualTo("e2caccfa-99dd-4173-bb3a-5c17aa4e2173");
            assertThat(claims.get("roles").toString()).isEqualTo("[\"ADMIN\"]");
        }

        @Test
        void givesACustomerACustomerToken() {
            JsonNode claims = Tokens.claims(Tokens.customer());

            assertThat(claims.get("sub").asString()).isEqualTo("0b363213-d600-4a5e-84d6-8c1f86cab99c");
            assertThat(claims.get("roles").toString()).isEqualTo("[\"CUSTOMER\"]");
        }
    }

    @Nested
    class ThroughTheGateway {

        @Test
        void letsAnyoneReadTheCatalog() {
            assertThat(Http.get(Catalog.PRODUCTS + "?size=1").status()).isEqualTo(200);
        }

        @Test
        void refusesAWriteWithoutAToken() {
            Http.Response refused = Http.post(Catalog.PRODUCTS, Catalog.newProduct(Catalog.uniqueSku("ANON")));

            expectProblem(refused, 401, "unauthorized");
            assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer");
        }

        @Test
        void refusesAForgedToken() {
            String forged = Tokens.forgedAdminFrom(Tokens.customer());

            Http.Response refused = Http.post(Catalog.PRODUCTS, Catalog.newProduct(Catalog.uniqueSku("FORGED")),
                    Tokens.bearer(forged));

            expectProblem(refused, 401, "unauthorized");
            assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer error=\"invalid_token\"");
        }

        @Test
        void refusesACustomerWritingProducts() {
            String url = Catalog.url(Catalog.create(Catalog.uniqueSku("MINE")).json().get("id").asString());

            Http.Response created = Http.post(Catalog.PRODUCTS, Catalog.newProduct(Catalog.uniqueSku("CUSTOMER")),
                    Tokens.bearer(Tokens.customer()));
            Http.Response adjusted = Http.post(url + "/stock-adjustments", Map.of("delta", -10, "reason", "Mine now"),
                    Tokens.bearer(Tokens.customer()));

            expectProblem(created, 403, "forbidden");
            expectProblem(adjusted, 403, "forbidden");
            assertThat(Http.get(url).json().get("stock").asInt()).isEqualTo(10);
        }

        @Test
        void marksEveryAnswerWithTheSecurityHeadersAndTheCallersBudget() {
            Http.Response read = Http.get(Catalog.PRODUCTS + "?size=1");

            assertThat(read.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(read.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(read.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
            assertThat(read.header("RateLimit-Limit")).isNotBlank();
            assertThat(read.header("RateLimit-Remaining")).isNotBlank();
        }

        @Test
        void keepsActuatorEndpointsOtherThanHealthInfoAndMetricsClosed() {
            String gateway = Services.named("gateway-service").url();

            assertThat(Http.get(gateway + "/actuator/health").status()).isEqualTo(200);
            assertThat(Http.get(gateway + "/actuator/env").status()).isEqualTo(401);
            assertThat(Http.get(gateway + "/actuator/env", Tokens.asAdmin()).status()).isEqualTo(404);
        }
    }

    @Nested
    class BypassingTheGateway {

        @Test
        void gainsNothingWithoutAToken() {
            Http.Response refused = Http.post(PRODUCT_SERVICE, Catalog.newProduct(Catalog.uniqueSku("DIRECT")));

            expectProblem(refused, 401, "unauthorized");
        }

        @Test
        void gainsNothingWithAForgedToken() {
            Http.Response refused = Http.post(PRODUCT_SERVICE, Catalog.newProduct(Catalog.uniqueSku("DIRECTFORGED")),
                    Tokens.bearer(Tokens.forgedAdminFrom(Tokens.customer())));

            expectProblem(refused, 401, "unauthorized");
        }

        @Test
        void gainsNothingAsACustomer() {
            Http.Response refused = Http.post(PRODUCT_SERVICE, Catalog.newProduct(Catalog.uniqueSku("DIRECTCUSTOMER")),
                    Tokens.bearer(Tokens.customer()));

            expectProblem(refused, 403, "forbidden");
        }
    }

    private static void expectProblem(Http.Response response, int status, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo(PROBLEMS + type);
    }
}
