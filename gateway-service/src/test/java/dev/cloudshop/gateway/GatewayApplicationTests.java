package dev.cloudshop.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.cloudshop.testsupport.TestJwtIssuer;
import dev.cloudshop.testsupport.TestTokens;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.cloud.client.discovery.simple.InstanceProperties;
import org.springframework.cloud.client.discovery.simple.reactive.SimpleReactiveDiscoveryProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway with its real configuration from config-repo/ (application.yml and
 * gateway-service.yml), product-service, review-service, order-service, payment-service and
 * query-service played by WireMock and found through the simple discovery client instead of
 * Eureka, and Zipkin played by another WireMock. Tokens come from the test issuer of test-support, checked exactly as auth-service's are. Only the response
 * timeout is shortened, to keep the slow-service test fast.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.config.name=application,gateway-service",
    "spring.config.additional-location=file:../config-repo/",
    "spring.cloud.config.enabled=false",
    "eureka.client.enabled=false",
    "spring.cloud.gateway.server.webflux.httpclient.response-timeout=3s"
})
// Generous: the first requests fetch the test issuer's key set and warm up the routes, which takes
// seconds on a busy build machine; no test waits for the client to time out.
@AutoConfigureWebTestClient(timeout = "30s")
@Import(TestJwtIssuer.class)
class GatewayApplicationTests {

    static final WireMockServer productService = new WireMockServer(options().dynamicPort());

    static final WireMockServer reviewService = new WireMockServer(options().dynamicPort());

    static final WireMockServer orderService = new WireMockServer(options().dynamicPort());

    static final WireMockServer paymentService = new WireMockServer(options().dynamicPort());

    static final WireMockServer queryService = new WireMockServer(options().dynamicPort());

    static final WireMockServer zipkin = new WireMockServer(options().dynamicPort());

    /** The services the gateway routes to, by Eureka name. */
    static final Map<String, WireMockServer> services = Map.of("product-service", productService,
        "review-service", reviewService, "order-service", orderService, "payment-service", paymentService,
        "query-service", queryService);

    @DynamicPropertySource
    static void servicesAndZipkin(DynamicPropertyRegistry registry) {
        if (!productService.isRunning()) {
            services.values().forEach(WireMockServer::start);
            zipkin.start();
            zipkin.stubFor(post("/api/v2/spans").willReturn(aResponse().withStatus(202)));
        }
        services.forEach((name, service) ->
            registry.add("spring.cloud.discovery.client.simple.instances." + name + "[0].uri", service::baseUrl));
        registry.add("management.tracing.export.zipkin.endpoint", () -> zipkin.baseUrl() + "/api/v2/spans");
    }

    @AfterAll
    static void stopServicesAndZipkin() {
        services.values().forEach(WireMockServer::stop);
        zipkin.stop();
    }

    @Autowired
    WebTestClient client;

    @Autowired
    SimpleReactiveDiscoveryProperties discovery;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @BeforeEach
    void startFromHealthyServices() {
        services.forEach((name, service) -> {
            service.resetAll();
            circuitBreakers.circuitBreaker(name).reset();
        });
    }

    @AfterEach
    void restoreServices() {
        services.forEach((name, service) -> registerAt(name, URI.create(service.baseUrl())));
    }

    void registerProductServiceAt(URI... uris) {
        registerAt("product-service", uris);
    }

    /** Replaces the instances of one service the load balancer sees; it does not cache them. */
    void registerAt(String serviceId, URI... uris) {
        List<InstanceProperties> instances = Arrays.stream(uris).map(uri -> {
            InstanceProperties instance = new InstanceProperties();
            instance.setServiceId(serviceId);
            instance.setUri(uri);
            return instance;
        }).toList();
        Map<String, List<InstanceProperties>> registry = new HashMap<>();
        services.keySet().forEach(name -> registry.put(name, discovery.getInstances(name)));
        registry.put(serviceId, instances);
        discovery.setInstances(registry);
    }

    CircuitBreaker circuitBreaker() {
        return circuitBreakers.circuitBreaker("product-service");
    }

    /** That no service received any request: the gateway answered itself. */
    static void verifyNothingRelayed() {
        services.values().forEach(service -> service.verify(0, anyRequestedFor(anyUrl())));
    }

    @Nested
    class Routing {

        @Test
        void relaysAGetWithItsHeadersBothWays() {
            productService.stubFor(get("/api/v1/products/42").willReturn(aResponse()
                .withStatus(200)
                .withHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .withHeader("X-Product-Version", "3")
                .withBody("{\"id\":\"42\",\"name\":\"Teapot\"}")));

            client.get().uri("/api/v1/products/42")
                .header("X-Request-Id", "request-7")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Product-Version", "3")
                .expectBody().json("{\"id\":\"42\",\"name\":\"Teapot\"}");

            productService.verify(getRequestedFor(urlEqualTo("/api/v1/products/42"))
                .withHeader("X-Request-Id", equalTo("request-7")));
        }

        @Test
        void relaysAPostWithItsBodyAndQuery() {
            productService.stubFor(post("/api/v1/products?draft=true").willReturn(aResponse()
                .withStatus(201)
                .withHeader(HttpHeaders.LOCATION, "/api/v1/products/43")));

            client.post().uri("/api/v1/products?draft=true")
                .headers(headers -> headers.setBearerAuth(TestTokens.admin()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"Kettle\",\"price\":\"19.90\"}")
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/api/v1/products/43");

            productService.verify(postRequestedFor(urlEqualTo("/api/v1/products?draft=true"))
                .withRequestBody(equalToJson("{\"name\":\"Kettle\",\"price\":\"19.90\"}")));
        }

        @Test
        void passesTheServicesOwnProblemsThroughUnchanged() {
            productService.stubFor(get("/api/v1/products/404").willReturn(aResponse()
                .withStatus(404)
                .withHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .withBody("{\"type\":\"https://cloudshop.dev/problems/product-not-found\",\"status\":404}")));

            client.get().uri("/api/v1/products/404")
                .exchange()
                .expectStatus().isNotFound()
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://cloudshop.dev/problems/product-not-found");
        }

        @Test
        void seesANewInstanceOnTheNextRequest() {
            WireMockServer secondInstance = new WireMockServer(options().dynamicPort());
            secondInstance.start();
            try {
                secondInstance.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withBody("second")));
                registerProductServiceAt(URI.create(secondInstance.baseUrl()));

                client.get().uri("/api/v1/products/42")
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class).isEqualTo("second");
            }
            finally {
                secondInstance.stop();
            }
        }

    }

    /** Which service each path reaches: the route table of config-repo/gateway-service.yml. */
    @Nested
    class RoutesByPath {

        @ParameterizedTest(name = "{0} {1} -> {2}")
        @MethodSource("dev.cloudshop.gateway.GatewayApplicationTests#routedPaths")
        void relaysEachPathToTheServiceThatOwnsIt(HttpMethod method, String path, String owner) {
            services.values().forEach(service -> service.stubFor(any(anyUrl()).willReturn(aResponse()
                .withStatus(200)
                .withBody(service == services.get(owner) ? "owner" : "someone else"))));

            client.method(method).uri(path)
                .headers(headers -> headers.setBearerAuth(TestTokens.admin()))
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("owner");

            services.get(owner).verify(1, anyRequestedFor(urlEqualTo(path)));
            services.forEach((name, service) -> {
                if (!name.equals(owner)) {
                    service.verify(0, anyRequestedFor(anyUrl()));
                }
            });
        }

        @Test
        void relaysTheConsistencyHeadersBothWays() {
            queryService.stubFor(get("/api/v1/catalog/products/42").willReturn(aResponse()
                .withStatus(200)
                .withHeader("Consistency-Status", "caught-up")));

            client.get().uri("/api/v1/catalog/products/42")
                .header("Consistency-Token", "Product:42:3")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Consistency-Status", "caught-up");

            queryService.verify(getRequestedFor(urlEqualTo("/api/v1/catalog/products/42"))
                .withHeader("Consistency-Token", equalTo("Product:42:3")));
        }

        @Test
        void relaysTheIdempotencyKeyOfAnOrder() {
            orderService.stubFor(post("/api/v1/orders").willReturn(aResponse()
                .withStatus(201)
                .withHeader(HttpHeaders.LOCATION, "/api/v1/orders/42")));

            client.post().uri("/api/v1/orders")
                .headers(headers -> headers.setBearerAuth(TestTokens.customer()))
                .header("Idempotency-Key", "checkout-7")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"lines\":[{\"productId\":\"42\",\"quantity\":1}]}")
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/api/v1/orders/42");

            orderService.verify(postRequestedFor(urlEqualTo("/api/v1/orders"))
                .withHeader("Idempotency-Key", equalTo("checkout-7"))
                .withRequestBody(equalToJson("{\"lines\":[{\"productId\":\"42\",\"quantity\":1}]}")));
        }

        @ParameterizedTest(name = "{0}: GET {1}")
        @CsvSource({ "order-service, /api/v1/orders/42", "payment-service, /api/v1/accounts/me",
            "query-service, /api/v1/me/orders" })
        void guardsEachServiceWithABreakerAndFallbackOfItsOwn(String service, String path) {
            registerAt(service);

            client.get().uri(path)
                .headers(headers -> headers.setBearerAuth(TestTokens.customer()))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "10")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://cloudshop.dev/problems/service-unavailable")
                .jsonPath("$.detail").isEqualTo("No instance of " + service + " is available")
                .jsonPath("$.service").isEqualTo(service);

            assertThat(circuitBreakers.circuitBreaker(service).getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
            assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
        }

        @Test
        void guardsReviewServiceWithABreakerAndFallbackOfItsOwn() {
            registerAt("review-service");

            client.get().uri("/api/v1/products/42/reviews")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "10")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://cloudshop.dev/problems/service-unavailable")
                .jsonPath("$.detail").isEqualTo("No instance of review-service is available")
                .jsonPath("$.service").isEqualTo("review-service");

            assertThat(circuitBreakers.circuitBreaker("review-service").getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
            assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
        }

        @Test
        void answersGatewayTimeoutWhenQueryServiceAnswersTooLate() {
            queryService.stubFor(get("/api/v1/catalog/products")
                .willReturn(aResponse().withStatus(200).withFixedDelay(4_000)));

            client.get().uri("/api/v1/catalog/products")
                .exchange()
                .expectStatus().isEqualTo(504)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://cloudshop.dev/problems/gateway-timeout")
                .jsonPath("$.service").isEqualTo("query-service");
        }

    }

    @Nested
    class Tracing {

        static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

        static final String CALLERS_SPAN_ID = "00f067aa0ba902b7";

        @Test
        void continuesTheCallersTraceInASpanOfItsOwn() {
            productService.stubFor(get("/api/v1/products/42").willReturn(aResponse().withStatus(200)));

            getProductInTheCallersTrace();

            productService.verify(getRequestedFor(urlEqualTo("/api/v1/products/42"))
                .withHeader("traceparent", matching("00-" + TRACE_ID + "-(?!" + CALLERS_SPAN_ID + ")[0-9a-f]{16}-01")));
        }

        @Test
        void reportsItsSpansToZipkin() {
            productService.stubFor(get("/api/v1/products/42").willReturn(aResponse().withStatus(200)));

            getProductInTheCallersTrace();

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                zipkin.verify(postRequestedFor(urlEqualTo("/api/v2/spans")).withRequestBody(containing(TRACE_ID))));
        }

        private void getProductInTheCallersTrace() {
            client.get().uri("/api/v1/products/42")
                .header("traceparent", "00-" + TRACE_ID + "-" + CALLERS_SPAN_ID + "-01")
                .exchange()
                .expectStatus().isOk();
        }

    }

    @Nested
    class UnknownRoutes {

        @Test
        void answerNotFoundAsAProblem() {
            client.get().uri("/api/v1/nothing-here")
                .headers(headers -> headers.setBearerAuth(TestTokens.customer()))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://cloudshop.dev/problems/not-found")
                .jsonPath("$.title").isEqualTo("Not Found")
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.detail").isEqualTo("Nothing is served at GET /api/v1/nothing-here")
                .jsonPath("$.instance").isEqualTo("/api/v1/nothing-here");
        }

        @ParameterizedTest(name = "GET {0}")
        @ValueSource(strings = { "/api/v1/orders-archive", "/api/v1/paymentsx", "/api/v1/account/me", "/api/v1/statistics",
            "/api/v1/mine" })
        void answerNotFoundForPathsThatOnlyStartLikeARoute(String path) {
            client.get().uri(path)
                .headers(headers -> headers.setBearerAuth(TestTokens.customer()))
                .exchange()
                .expectStatus().isNotFound()
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://cloudshop.dev/problems/not-found");

            verifyNothingRelayed();
        }

        @Test
        void includeTheFallbackWhenCalledDirectly() {
            client.post().uri("/fallback")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }

    }

    @Nested
    class UnavailableService {

        @Test
        void answersServiceUnavailableWhenItRefusesConnections() throws IOException {
            registerProductServiceAt(URI.create("http://localhost:" + aPortNobodyListensOn()));

            expectServiceUnavailable("/api/v1/products/42")
                .jsonPath("$.detail").isEqualTo("product-service could not be reached");
        }

        @Test
        void answersServiceUnavailableWhenNoInstanceIsRegistered() {
            registerProductServiceAt();

            expectServiceUnavailable("/api/v1/products/42")
                .jsonPath("$.detail").isEqualTo("No instance of product-service is available");
        }

        @Test
        void answersServiceUnavailableWithoutCallingItOnceTheCircuitIsOpen() {
            productService.stubFor(get(urlPathMatching("/api/v1/products/.*"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
            int minimumNumberOfCalls = circuitBreaker().getCircuitBreakerConfig().getMinimumNumberOfCalls();
            for (int call = 0; call < minimumNumberOfCalls; call++) {
                expectServiceUnavailable("/api/v1/products/42");
            }
            assertThat(circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);

            expectServiceUnavailable("/api/v1/products/42")
                .jsonPath("$.detail").isEqualTo("product-service failed too often recently; calls to it are paused");

            productService.verify(minimumNumberOfCalls, anyRequestedFor(anyUrl()));
        }

        private WebTestClient.BodyContentSpec expectServiceUnavailable(String path) {
            return client.get().uri(path)
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "10")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://cloudshop.dev/problems/service-unavailable")
                .jsonPath("$.title").isEqualTo("Service Unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.service").isEqualTo("product-service");
        }

        private static int aPortNobodyListensOn() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }

    }

    @Nested
    class SlowService {

        @Test
        void answersGatewayTimeoutWhenItAnswersTooLate() {
            productService.stubFor(get("/api/v1/products/42")
                .willReturn(aResponse().withStatus(200).withFixedDelay(4_000)));

            client.get().uri("/api/v1/products/42")
                .exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().doesNotExist(HttpHeaders.RETRY_AFTER)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://cloudshop.dev/problems/gateway-timeout")
                .jsonPath("$.title").isEqualTo("Gateway Timeout")
                .jsonPath("$.detail").isEqualTo("product-service did not answer in time")
                .jsonPath("$.service").isEqualTo("product-service");
        }

    }

    @Nested
    class Actuator {

        @Test
        void reportsLivenessAndReadiness() {
            client.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
            client.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        }

        @Test
        void keepsHealthDetailsFromAnonymousCallers() {
            client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components").doesNotExist();
        }

        @Test
        void describesTheBuildAndCommit() {
            client.get().uri("/actuator/info").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.build.artifact").isEqualTo("gateway-service")
                .jsonPath("$.git.commit.id.full").exists();
        }

        @Test
        void exposesPrometheusMetrics() {
            // Histograms of every request the tests made: more than the client's default 256 KB.
            client.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build()
                .get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class)
                .value(metrics -> assertThat(metrics).contains("resilience4j_circuitbreaker_state"));
        }

        @Test
        void hidesEveryOtherEndpoint() {
            for (String endpoint : List.of("env", "beans", "configprops", "gateway", "gateway/routes", "heapdump")) {
                client.get().uri("/actuator/" + endpoint).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
                client.get().uri("/actuator/" + endpoint)
                    .headers(headers -> headers.setBearerAuth(TestTokens.admin()))
                    .exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
            }
        }

    }

    /** Paths of each routed service, as method, path and the service that owns it. */
    static Stream<Arguments> routedPaths() {
        return Stream.of(
            Arguments.of(HttpMethod.GET, "/api/v1/products", "product-service"),
            Arguments.of(HttpMethod.GET, "/api/v1/products/42", "product-service"),
            Arguments.of(HttpMethod.POST, "/api/v1/products/42/stock-adjustments", "product-service"),
            Arguments.of(HttpMethod.GET, "/api/v1/products/42/reviews-summary", "product-service"),
            Arguments.of(HttpMethod.GET, "/api/v1/products/42/reviews", "review-service"),
            Arguments.of(HttpMethod.GET, "/api/v1/products/42/reviews?page=1&sort=rating,desc", "review-service"),
            Arguments.of(HttpMethod.POST, "/api/v1/products/42/reviews", "review-service"),
            Arguments.of(HttpMethod.GET, "/api/v1/products/42/reviews/7", "review-service"),
            Arguments.of(HttpMethod.PUT, "/api/v1/products/42/reviews/7", "review-service"),
            Arguments.of(HttpMethod.DELETE, "/api/v1/products/42/reviews/7", "review-service"),
            Arguments.of(HttpMethod.GET, "/api/v1/catalog/products", "query-service"),
            Arguments.of(HttpMethod.GET, "/api/v1/catalog/products?q=tea&sort=price", "query-service"),
            Arguments.of(HttpMethod.GET, "/api/v1/catalog/products/42", "query-service"),
            Arguments.of(HttpMethod.POST, "/api/v1/catalog/rebuilds", "query-service"),
            Arguments.of(HttpMethod.GET, "/api/v1/catalog/rebuilds/3", "query-service"),
            Arguments.of(HttpMethod.GET, "/api/v1/me/orders", "query-service"),
            Arguments.of(HttpMethod.GET, "/api/v1/me/orders?status=CONFIRMED&page=1", "query-service"),
            Arguments.of(HttpMethod.GET, "/api/v1/me/orders/42", "query-service"),
            Arguments.of(HttpMethod.GET, "/api/v1/stats/sales", "query-service"),
            Arguments.of(HttpMethod.GET, "/api/v1/stats/sales?window=5m", "query-service"),
            Arguments.of(HttpMethod.POST, "/api/v1/orders", "order-service"),
            Arguments.of(HttpMethod.GET, "/api/v1/orders", "order-service"),
            Arguments.of(HttpMethod.GET, "/api/v1/orders?page=0&size=20", "order-service"),
            Arguments.of(HttpMethod.GET, "/api/v1/orders/42", "order-service"),
            Arguments.of(HttpMethod.POST, "/api/v1/orders/42/cancel", "order-service"),
            Arguments.of(HttpMethod.GET, "/api/v1/accounts/me", "payment-service"),
            Arguments.of(HttpMethod.POST, "/api/v1/accounts/me/deposits", "payment-service"),
            Arguments.of(HttpMethod.GET, "/api/v1/payments", "payment-service"),
            Arguments.of(HttpMethod.GET, "/api/v1/payments?orderId=42", "payment-service"),
            Arguments.of(HttpMethod.GET, "/api/v1/payments/7", "payment-service"));
    }

    /** Every path that needs a token, as method and path: all but the public reads. */
    static Stream<Arguments> protectedEndpoints() {
        return Stream.of(
            Arguments.of(HttpMethod.POST, "/api/v1/products"),
            Arguments.of(HttpMethod.PUT, "/api/v1/products/42"),
            Arguments.of(HttpMethod.POST, "/api/v1/products/42/discontinue"),
            Arguments.of(HttpMethod.POST, "/api/v1/products/42/stock-adjustments"),
            Arguments.of(HttpMethod.DELETE, "/api/v1/products/42"),
            Arguments.of(HttpMethod.POST, "/api/v1/products/42/reviews"),
            Arguments.of(HttpMethod.PUT, "/api/v1/products/42/reviews/7"),
            Arguments.of(HttpMethod.DELETE, "/api/v1/products/42/reviews/7"),
            Arguments.of(HttpMethod.POST, "/api/v1/catalog/rebuilds"),
            Arguments.of(HttpMethod.GET, "/api/v1/catalog/rebuilds"),
            Arguments.of(HttpMethod.GET, "/api/v1/catalog"),
            Arguments.of(HttpMethod.POST, "/api/v1/catalog/products"),
            Arguments.of(HttpMethod.GET, "/api/v1/me/orders"),
            Arguments.of(HttpMethod.GET, "/api/v1/me/orders/42"),
            Arguments.of(HttpMethod.GET, "/api/v1/stats/sales?window=5m"),
            Arguments.of(HttpMethod.POST, "/api/v1/orders"),
            Arguments.of(HttpMethod.GET, "/api/v1/orders"),
            Arguments.of(HttpMethod.GET, "/api/v1/orders/42"),
            Arguments.of(HttpMethod.POST, "/api/v1/orders/42/cancel"),
            Arguments.of(HttpMethod.GET, "/api/v1/accounts/me"),
            Arguments.of(HttpMethod.POST, "/api/v1/accounts/me/deposits"),
            Arguments.of(HttpMethod.GET, "/api/v1/payments"),
            Arguments.of(HttpMethod.GET, "/api/v1/payments?orderId=42"));
    }

    /** Tokens that must not get past the gateway, each bad in one way only. */
    static Stream<Arguments> invalidTokens() {
        return Stream.of(
            Arguments.of("forged (signed by another key)", TestTokens.forged()),
            Arguments.of("expired", TestTokens.expired()),
            Arguments.of("issued by someone else", TestTokens.wrongIssuer()),
            Arguments.of("meant for another audience", TestTokens.wrongAudience()),
            Arguments.of("not a JWT", "not-a-jwt"));
    }

    static Stream<Arguments> protectedEndpointsWithInvalidTokens() {
        return protectedEndpoints().flatMap(endpoint -> invalidTokens()
            .map(token -> Arguments.of(endpoint.get()[0], endpoint.get()[1], token.get()[0], token.get()[1])));
    }

    @Nested
    class Authentication {

        @ParameterizedTest(name = "{0} {1}")
        @MethodSource("dev.cloudshop.gateway.GatewayApplicationTests#protectedEndpoints")
        void refusesAProtectedEndpointWithoutAToken(HttpMethod method, String path) {
            client.method(method).uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://cloudshop.dev/problems/unauthorized")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.instance").isEqualTo(path.replaceAll("\\?.*", ""));

            verifyNothingRelayed();
        }

        @ParameterizedTest(name = "{0} {1} with a token {2}")
        @MethodSource("dev.cloudshop.gateway.GatewayApplicationTests#protectedEndpointsWithInvalidTokens")
        void refusesAProtectedEndpointWithAnInvalidToken(HttpMethod method, String path, String why, String token) {
            client.method(method).uri(path)
                .headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, challenge ->
                    assertThat(challenge).startsWith("Bearer error=\"invalid_token\""))
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://cloudshop.dev/problems/unauthorized");

            verifyNothingRelayed();
        }

        @Test
        void relaysAValidTokenUnchanged() {
            productService.stubFor(post("/api/v1/products/42/stock-adjustments").willReturn(aResponse().withStatus(200)));
            String token = TestTokens.admin();

            client.post().uri("/api/v1/products/42/stock-adjustments")
                .headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"delta\":1,\"reason\":\"Found\"}")
                .exchange()
                .expectStatus().isOk();

            productService.verify(postRequestedFor(urlEqualTo("/api/v1/products/42/stock-adjustments"))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token)));
        }

        @Test
        void passesTheServicesRefusalOfAWrongRoleThrough() {
            // The gateway authenticates; each service decides which role an operation needs.
            productService.stubFor(post("/api/v1/products").willReturn(aResponse()
                .withStatus(403)
                .withHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"")
                .withBody("{\"type\":\"https://cloudshop.dev/problems/forbidden\",\"status\":403}")));

            client.post().uri("/api/v1/products")
                .headers(headers -> headers.setBearerAuth(TestTokens.customer()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"")
                .expectBody().jsonPath("$.type").isEqualTo("https://cloudshop.dev/problems/forbidden");
        }

        @Test
        void letsAnyoneReadTheCatalog() {
            productService.stubFor(any(urlPathMatching("/api/v1/products.*")).willReturn(aResponse().withStatus(200)));

            client.get().uri("/api/v1/products?page=0").exchange().expectStatus().isOk();
            client.get().uri("/api/v1/products/42").exchange().expectStatus().isOk();
            client.head().uri("/api/v1/products/42").exchange().expectStatus().isOk();
        }

        @Test
        void letsAnyoneReadReviewsAndTheCatalogView() {
            reviewService.stubFor(any(urlPathMatching("/api/v1/products/.*")).willReturn(aResponse().withStatus(200)));
            queryService.stubFor(any(urlPathMatching("/api/v1/catalog/.*")).willReturn(aResponse().withStatus(200)));

            client.get().uri("/api/v1/products/42/reviews?page=0").exchange().expectStatus().isOk();
            client.get().uri("/api/v1/products/42/reviews/7").exchange().expectStatus().isOk();
            client.head().uri("/api/v1/products/42/reviews").exchange().expectStatus().isOk();
            client.get().uri("/api/v1/catalog/products?q=tea").exchange().expectStatus().isOk();
            client.get().uri("/api/v1/catalog/products/42").exchange().expectStatus().isOk();
            client.head().uri("/api/v1/catalog/products/42").exchange().expectStatus().isOk();
        }

        @ParameterizedTest(name = "GET {0}")
        @ValueSource(strings = { "/api/v1/products/42", "/api/v1/products/42/reviews", "/api/v1/products/42/reviews/7",
            "/api/v1/catalog/products", "/api/v1/catalog/products/42" })
        void refusesAnInvalidTokenEvenOnAPublicRead(String path) {
            client.get().uri(path)
                .headers(headers -> headers.setBearerAuth(TestTokens.expired()))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, challenge ->
                    assertThat(challenge).startsWith("Bearer error=\"invalid_token\""));

            verifyNothingRelayed();
        }

    }

    @Nested
    class SecurityHeaders {

        @Test
        void protectEveryAnswer() {
            productService.stubFor(get("/api/v1/products/42").willReturn(aResponse().withStatus(200)));

            expectSecurityHeaders(client.get().uri("/api/v1/products/42").exchange().expectStatus().isOk());
            expectSecurityHeaders(client.post().uri("/api/v1/products").exchange().expectStatus().isUnauthorized());
        }

        @Test
        void leaveOutStrictTransportSecurityOverPlainHttp() {
            client.get().uri("/actuator/health").exchange()
                .expectHeader().doesNotExist("Strict-Transport-Security");
        }

        private void expectSecurityHeaders(WebTestClient.ResponseSpec response) {
            response.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().value("Content-Security-Policy", csp ->
                    assertThat(csp).contains("default-src 'none'").contains("frame-ancestors 'none'"));
        }

    }

    @Nested
    class Cors {

        static final String STOREFRONT = "http://localhost:3000";

        /** A browser's CORS preflight from the storefront, answered 200 and allowing the storefront's origin. */
        private WebTestClient.ResponseSpec preflight(String path, String method, String requestHeaders) {
            return client.options().uri(path)
                .header(HttpHeaders.ORIGIN, STOREFRONT)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, method)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, requestHeaders)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, STOREFRONT);
        }

        @Test
        void letsTheStorefrontSendAnAuthenticatedWrite() {
            preflight("/api/v1/products", "POST", "authorization, content-type")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods -> assertThat(methods).contains("POST"))
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);

            productService.verify(0, anyRequestedFor(anyUrl()));
        }

        @Test
        void letsTheStorefrontReadTheAnswerAndItsETag() {
            productService.stubFor(get("/api/v1/products/42").willReturn(aResponse().withStatus(200).withHeader("ETag", "\"3\"")));

            client.get().uri("/api/v1/products/42")
                .header(HttpHeaders.ORIGIN, STOREFRONT)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, STOREFRONT)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposed ->
                    assertThat(exposed).contains("ETag").contains("Retry-After").contains("RateLimit-Remaining"));
        }

        @Test
        void letsTheStorefrontSendAConsistencyToken() {
            preflight("/api/v1/catalog/products/42", "GET", "consistency-token")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, allowed ->
                    assertThat(allowed).containsIgnoringCase("Consistency-Token"));

            verifyNothingRelayed();
        }

        @Test
        void letsTheStorefrontPlaceAnOrderWithAnIdempotencyKey() {
            preflight("/api/v1/orders", "POST", "authorization, content-type, idempotency-key")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, allowed ->
                    assertThat(allowed).containsIgnoringCase("Idempotency-Key"));

            verifyNothingRelayed();
        }

        @Test
        void letsTheStorefrontReadWhenToRetryAnOrder() {
            orderService.stubFor(post("/api/v1/orders").willReturn(aResponse()
                .withStatus(503)
                .withHeader(HttpHeaders.RETRY_AFTER, "10")
                .withHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .withBody("{\"type\":\"https://cloudshop.dev/problems/pricing-unavailable\",\"status\":503}")));

            client.post().uri("/api/v1/orders")
                .header(HttpHeaders.ORIGIN, STOREFRONT)
                .headers(headers -> headers.setBearerAuth(TestTokens.customer()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "10")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposed ->
                    assertThat(exposed).contains("Retry-After"))
                .expectBody().jsonPath("$.type").isEqualTo("https://cloudshop.dev/problems/pricing-unavailable");
        }

        @Test
        void letsTheStorefrontReadTheConsistencyHeaders() {
            reviewService.stubFor(post("/api/v1/products/42/reviews").willReturn(aResponse()
                .withStatus(201)
                .withHeader(HttpHeaders.LOCATION, "/api/v1/products/42/reviews/7")
                .withHeader("Consistency-Token", "Review:7:1")));

            client.post().uri("/api/v1/products/42/reviews")
                .header(HttpHeaders.ORIGIN, STOREFRONT)
                .headers(headers -> headers.setBearerAuth(TestTokens.customer()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"rating\":5,\"text\":\"Lovely\"}")
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Consistency-Token", "Review:7:1")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposed -> assertThat(exposed)
                    .contains("Consistency-Token").contains("Consistency-Status").contains("ETag").contains("Location"));
        }

        @Test
        void refusesAnyOtherOrigin() {
            client.options().uri("/api/v1/products")
                .header(HttpHeaders.ORIGIN, "https://evil.example.com")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        }

    }

    @Nested
    class RequestSize {

        @Test
        void refusesABodyLargerThanTheLimitBeforeRelayingIt() {
            byte[] body = new byte[1024 * 1024 + 1];
            Arrays.fill(body, (byte) 'x');

            client.post().uri("/api/v1/products")
                .headers(headers -> headers.setBearerAuth(TestTokens.admin()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://cloudshop.dev/problems/content-too-large")
                .jsonPath("$.status").isEqualTo(413);

            productService.verify(0, anyRequestedFor(anyUrl()));
        }

        @Test
        void relaysABodyAtTheLimit() {
            productService.stubFor(post("/api/v1/products").willReturn(aResponse().withStatus(201)));
            byte[] body = new byte[1024 * 1024];
            Arrays.fill(body, (byte) 'x');

            client.post().uri("/api/v1/products")
                .headers(headers -> headers.setBearerAuth(TestTokens.admin()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isCreated();
        }

    }

    @Nested
    class RateLimitHeaders {

        @Test
        void tellEveryCallerItsBudget() {
            productService.stubFor(get("/api/v1/products/42").willReturn(aResponse().withStatus(200)));

            client.get().uri("/api/v1/products/42")
                .headers(headers -> headers.setBearerAuth(TestTokens.customer(UUID.randomUUID().toString())))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("RateLimit-Limit", "1000")
                .expectHeader().valueEquals("RateLimit-Remaining", "999")
                .expectHeader().exists("RateLimit-Reset");
        }

    }

}
