package dev.cloudshop.discovery;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class DiscoveryApplicationTests {

    @Autowired
    RestTestClient client;

    @Nested
    class Registry {

        @Test
        void showsANewInstanceOnTheVeryNextRead() {
            assertThat(registryAnswer("/eureka/apps")).doesNotContain("product-service:8081:first");

            register("PRODUCT-SERVICE", "product-service:8081:first", 8081);

            // No waiting: the registration invalidates the cached answer that the read above filled
            // (a read-only response cache would keep serving that stale answer for up to 30 s).
            assertThat(registryAnswer("/eureka/apps")).contains("product-service:8081:first");
        }

        @Test
        void listsANewInstanceInTheDeltaThatClientsFetch() {
            assertThat(registryAnswer("/eureka/apps/delta")).doesNotContain("review-service:8082:first");

            register("REVIEW-SERVICE", "review-service:8082:first", 8082);

            assertThat(registryAnswer("/eureka/apps/delta")).contains("review-service:8082:first");
        }

        @Test
        void forgetsAnInstanceThatDeregisters() {
            register("ORDER-SERVICE", "order-service:8083:first", 8083);

            client.delete().uri("/eureka/apps/ORDER-SERVICE/order-service:8083:first")
                .exchange()
                .expectStatus().isOk();

            client.get().uri("/eureka/apps/ORDER-SERVICE")
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus().isNotFound();
        }

        @Test
        void doesNotRegisterItself() {
            client.get().uri("/eureka/apps/DISCOVERY-SERVICE")
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus().isNotFound();
        }

        private String registryAnswer(String registryPath) {
            return client.get().uri(registryPath)
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        }

        private void register(String app, String instanceId, int port) {
            String instance = """
                {"instance": {
                  "instanceId": "%2$s",
                  "app": "%1$s",
                  "hostName": "localhost",
                  "ipAddr": "127.0.0.1",
                  "status": "UP",
                  "port": {"$": %3$d, "@enabled": "true"},
                  "vipAddress": "%1$s",
                  "dataCenterInfo": {
                    "@class": "com.netflix.appinfo.InstanceInfo$DefaultDataCenterInfo",
                    "name": "MyOwn"
                  }
                }}
                """.formatted(app, instanceId, port);
            client.post().uri("/eureka/apps/{app}", app)
                .contentType(MediaType.APPLICATION_JSON)
                .body(instance)
                .exchange()
                .expectStatus().isNoContent();
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
                .jsonPath("$.build.artifact").isEqualTo("discovery-service")
                .jsonPath("$.git.commit.id.full").exists();
        }

        @Test
        void exposesNothingBeyondHealthInfoAndPrometheus() {
            client.get().uri("/actuator").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$._links.health").exists()
                .jsonPath("$._links.env").doesNotExist();
            client.get().uri("/actuator/env").exchange().expectStatus().isNotFound();
            client.get().uri("/actuator/beans").exchange().expectStatus().isNotFound();
        }

    }

}
