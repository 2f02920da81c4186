package dev.cloudshop.config;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the config server on the real config-repo/ folder, the one the local stack serves.
 * The server's own environment defines the variables the served files refer to, to show that
 * it passes the placeholders on rather than resolving them with its own values.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.cloud.config.server.native.search-locations=file:../config-repo/",
    "eureka.client.enabled=false",
    "KAFKA_BOOTSTRAP_SERVERS=resolved-on-the-server:9092",
    "EUREKA_URL=http://resolved-on-the-server:8761/eureka/"
})
@AutoConfigureRestTestClient
class ConfigApplicationTests {

    private static final String SHARED_DEFAULTS = "file:../config-repo/application.yml";

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    @Nested
    class ServedConfiguration {

        @Test
        void servesTheGatewayRoutesFromItsOwnFile() {
            client.get().uri("/gateway-service/default").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.name").isEqualTo("gateway-service")
                .jsonPath("$.propertySources[0].name").isEqualTo("file:../config-repo/gateway-service.yml")
                .jsonPath("$.propertySources[0].source['spring.cloud.gateway.server.webflux.routes[0].id']")
                .isEqualTo("product-service")
                .jsonPath("$.propertySources[0].source['spring.cloud.gateway.server.webflux.routes[0].uri']")
                .isEqualTo("lb://product-service")
                .jsonPath("$.propertySources[1].name").isEqualTo(SHARED_DEFAULTS);
        }

        @Test
        void servesProductServiceItsOwnFileAboveTheSharedDefaults() {
            client.get().uri("/product-service/default").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.propertySources[0].name").isEqualTo("file:../config-repo/product-service.yml")
                .jsonPath("$.propertySources[1].name").isEqualTo(SHARED_DEFAULTS)
                .jsonPath("$.propertySources[1].source['management.endpoints.web.exposure.include']")
                .isEqualTo("health, info, prometheus");
        }

        @Test
        void servesTheSharedDefaultsToAServiceWithoutAFileOfItsOwn() {
            client.get().uri("/some-future-service/default").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.propertySources.length()").isEqualTo(1)
                .jsonPath("$.propertySources[0].name").isEqualTo(SHARED_DEFAULTS);
        }

    }

    @Nested
    class Placeholders {

        @Test
        void reachTheClientUnresolved() {
            client.get().uri("/product-service/default").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.propertySources[0].source['spring.datasource.password']")
                .isEqualTo("${PRODUCT_DB_PASSWORD}")
                .jsonPath("$.propertySources[1].source['spring.kafka.bootstrap-servers']")
                .isEqualTo("${KAFKA_BOOTSTRAP_SERVERS:localhost:9092}");
        }

        @Test
        void areResolvedFromTheClientsOwnEnvironment() {
            try (ConfigurableApplicationContext productService = new SpringApplicationBuilder(ConfigClient.class)
                .web(WebApplicationType.NONE)
                .run("--spring.application.name=product-service",
                    "--spring.config.import=configserver:http://localhost:" + port,
                    "--spring.cloud.config.enabled=true",
                    "--spring.cloud.config.fail-fast=true",
                    "--PRODUCT_DB_PASSWORD=known-only-to-the-client",
                    "--KAFKA_BOOTSTRAP_SERVERS=kafka-of-the-client:9092")) {

                var environment = productService.getEnvironment();
                assertThat(environment.getProperty("spring.datasource.password"))
                    .isEqualTo("known-only-to-the-client");
                assertThat(environment.getProperty("spring.kafka.bootstrap-servers"))
                    .isEqualTo("kafka-of-the-client:9092");
                assertThat(environment.getProperty("eureka.client.service-url.defaultZone"))
                    .as("a variable the client does not set falls back to the default in the file")
                    .isEqualTo("http://localhost:8761/eureka/");
            }
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
        void describesTheBuildAndCommit() {
            client.get().uri("/actuator/info").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.build.artifact").isEqualTo("config-service")
                .jsonPath("$.git.commit.id.full").exists();
        }

        @Test
        void exposesNothingBeyondHealthInfoAndPrometheus() {
            client.get().uri("/actuator").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$._links.health").exists()
                .jsonPath("$._links.info").exists()
                .jsonPath("$._links.env").doesNotExist()
                .jsonPath("$._links.beans").doesNotExist();
        }

        @Test
        void answersAnUnexposedEndpointPathAsTheConfigurationOfAnApplicationOfThatName() {
            // /{application}/{profile} is a config document, so /actuator/env is the (empty)
            // configuration of an application called "actuator", never this server's environment.
            client.get().uri("/actuator/env").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.name").isEqualTo("actuator")
                .jsonPath("$.profiles[0]").isEqualTo("env")
                .jsonPath("$.activeProfiles").doesNotExist();
        }

    }

    /** A bare application that only imports its configuration, as every Cloudshop service does. */
    static class ConfigClient {
    }

}
