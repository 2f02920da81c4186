package dev.cloudshop.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.cloudshop.testsupport.TestJwtIssuer;
import dev.cloudshop.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The rate limits, with budgets tight enough to exhaust in a few calls and a refill too slow to
 * matter during the test (its own context, so the other tests keep the generous served limits).
 * Each test spends the budget of a caller of its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.config.name=application,gateway-service",
    "spring.config.additional-location=file:../config-repo/",
    "spring.cloud.config.enabled=false",
    "eureka.client.enabled=false",
    "management.tracing.export.zipkin.enabled=false",
    "cloudshop.gateway.limits.authenticated.capacity=3",
    "cloudshop.gateway.limits.authenticated.refill-per-second=0.001",
    "cloudshop.gateway.limits.anonymous.capacity=2",
    "cloudshop.gateway.limits.anonymous.refill-per-second=0.001"
})
@AutoConfigureWebTestClient
@Import(TestJwtIssuer.class)
class RateLimitingTests {

    static final WireMockServer productService = new WireMockServer(options().dynamicPort());

    @DynamicPropertySource
    static void productService(DynamicPropertyRegistry registry) {
        if (!productService.isRunning()) {
            productService.start();
            productService.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        }
        registry.add("spring.cloud.discovery.client.simple.instances.product-service[0].uri", productService::baseUrl);
    }

    @AfterAll
    static void stopProductService() {
        productService.stop();
    }

    @Autowired
    WebTestClient client;

    @Test
    void refusesACustomerBeyondItsBudgetAcrossEveryProtectedEndpoint() {
        String token = TestTokens.customer("6f1d3c52-1111-4c1e-9d7e-000000000001");
        as(token, client.post().uri("/api/v1/products")).expectStatus().isOk();
        as(token, client.put().uri("/api/v1/products/42")).expectStatus().isOk();
        as(token, client.post().uri("/api/v1/products/42/discontinue")).expectStatus().isOk();
        int relayed = productService.countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount();

        as(token, client.post().uri("/api/v1/products/42/stock-adjustments"))
            .expectStatus().isEqualTo(429)
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectHeader().exists(HttpHeaders.RETRY_AFTER)
            .expectHeader().valueEquals("RateLimit-Limit", "3")
            .expectHeader().valueEquals("RateLimit-Remaining", "0")
            .expectHeader().exists("RateLimit-Reset")
            .expectBody()
            .jsonPath("$.type").isEqualTo("https://cloudshop.dev/problems/too-many-requests")
            .jsonPath("$.title").isEqualTo("Too Many Requests")
            .jsonPath("$.status").isEqualTo(429)
            .jsonPath("$.instance").isEqualTo("/api/v1/products/42/stock-adjustments");

        productService.verify(relayed, anyRequestedFor(anyUrl()));
    }

    @Test
    void keepsEachCustomersBudgetApart() {
        String spender = TestTokens.customer("6f1d3c52-1111-4c1e-9d7e-000000000002");
        for (int i = 0; i < 3; i++) {
            as(spender, client.post().uri("/api/v1/products")).expectStatus().isOk();
        }
        as(spender, client.post().uri("/api/v1/products")).expectStatus().isEqualTo(429);

        as(TestTokens.customer("6f1d3c52-1111-4c1e-9d7e-000000000003"), client.post().uri("/api/v1/products"))
            .expectStatus().isOk();
    }

    @Test
    void refusesAnonymousReadsBeyondTheBudgetOfTheirAddress() {
        // The only anonymous caller of this context: every request comes from the loopback address.
        client.get().uri("/api/v1/products/1").exchange().expectStatus().isOk();
        client.get().uri("/api/v1/products/2").exchange().expectStatus().isOk();

        client.get().uri("/api/v1/products/3").exchange()
            .expectStatus().isEqualTo(429)
            .expectHeader().exists(HttpHeaders.RETRY_AFTER)
            .expectHeader().valueEquals("RateLimit-Limit", "2")
            .expectBody().jsonPath("$.type").isEqualTo("https://cloudshop.dev/problems/too-many-requests");
    }

    @Test
    void leavesHealthOutOfTheBudget() {
        for (int i = 0; i < 5; i++) {
            client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        }
    }

    private static WebTestClient.ResponseSpec as(String token, WebTestClient.RequestBodySpec request) {
        return request.headers(headers -> headers.setBearerAuth(token))
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{}")
            .exchange();
    }

}
