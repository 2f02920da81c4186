package dev.cloudshop.gateway;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants between settings in config-repo/gateway-service.yml, and between them and the
 * services behind the gateway, that no single test run shows.
 */
class GatewayConfigurationTests {

    private Binder settings;

    @BeforeEach
    void readTheServedFile() throws IOException {
        settings = served("gateway-service.yml");
    }

    @Test
    void waitsLongerForAnOrderThanOrderServiceWaitsForItsPrices() throws IOException {
        // Placing an order prices it at product-service first; that call may take up to its time
        // limit before order-service answers, so the gateway must not give up sooner.
        Duration responseTimeout = duration("spring.cloud.gateway.server.webflux.httpclient.response-timeout");
        Duration pricing = served("order-service.yml")
            .bind("resilience4j.timelimiter.instances.product-service.timeout-duration", Duration.class).get();

        assertThat(responseTimeout).isGreaterThanOrEqualTo(Duration.ofSeconds(5)).isGreaterThan(pricing);
    }

    @Test
    void letsTheHttpClientTimeOutBeforeTheCircuitBreakersTimeLimiter() {
        // So a slow service is a 504 from the http client, not a 503-looking limiter timeout.
        Duration responseTimeout = duration("spring.cloud.gateway.server.webflux.httpclient.response-timeout");
        Duration timeLimit = duration("resilience4j.timelimiter.configs.default.timeout-duration");

        assertThat(timeLimit).isGreaterThan(responseTimeout);
    }

    @Test
    void tellsClientsToRetryWhenTheCircuitBreakerTriesAgain() {
        assertThat(duration("cloudshop.gateway.retry-after"))
            .isEqualTo(duration("resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state"));
    }

    private Duration duration(String name) {
        return settings.bind(name, Duration.class).get();
    }

    private static Binder served(String file) throws IOException {
        var documents = new YamlPropertySourceLoader().load(file, new FileSystemResource("../config-repo/" + file));
        return new Binder(ConfigurationPropertySources.from(documents));
    }

}
