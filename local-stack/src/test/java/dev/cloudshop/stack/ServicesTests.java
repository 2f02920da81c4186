package dev.cloudshop.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServicesTests {

    private static final List<ServiceDefinition> ALL = Services.ALL;

    @Nested
    class StartOrder {

        @Test
        void startsPlatformServicesOneAfterAnotherInTableOrder() {
            assertThat(SpringBootService.dependenciesOf(Services.named("discovery-service"), ALL)).isEmpty();
            assertThat(SpringBootService.dependenciesOf(Services.named("config-service"), ALL))
                    .containsExactly("discovery-service");
        }

        @Test
        void startsAuthServiceAfterDiscoveryAndConfig() {
            assertThat(SpringBootService.dependenciesOf(Services.named("auth-service"), ALL))
                    .containsExactly("discovery-service", "config-service");
        }

        @ParameterizedTest
        @ValueSource(strings = { "product-service", "review-service", "order-service", "payment-service", "query-service" })
        void startsBusinessServicesAfterThePlatformAndTheInfrastructureTheyUse(String service) {
            assertThat(SpringBootService.dependenciesOf(Services.named(service), ALL))
                    .containsExactlyInAnyOrder("discovery-service", "config-service", "auth-service", "kafka", "zipkin",
                            "postgres");
        }

        @Test
        void startsBusinessServicesWithoutWaitingForEachOther() {
            List<String> business = ALL.stream()
                    .filter(service -> service.tier() == ServiceDefinition.Tier.BUSINESS)
                    .map(ServiceDefinition::name)
                    .toList();

            for (String service : business) {
                assertThat(SpringBootService.dependenciesOf(Services.named(service), ALL)).as(service)
                        .doesNotContainAnyElementsOf(business);
            }
        }

        @Test
        void startsEdgeServicesOnceEveryOtherServiceIsReady() {
            assertThat(SpringBootService.dependenciesOf(Services.named("gateway-service"), ALL))
                    .containsExactlyInAnyOrder("discovery-service", "config-service", "auth-service", "product-service",
                            "review-service", "order-service", "payment-service", "query-service", "zipkin");
        }

        @Test
        void waitsOnlyForSelectedServices() {
            List<ServiceDefinition> selected = List.of(Services.named("discovery-service"), Services.named("gateway-service"));

            assertThat(SpringBootService.dependenciesOf(Services.named("gateway-service"), selected))
                    .containsExactlyInAnyOrder("discovery-service", "zipkin");
        }
    }

    @Test
    void runsAuthServiceOnTheIssuersPortWithoutADatabase() {
        ServiceDefinition auth = Services.named("auth-service");

        assertThat(auth.url()).isEqualTo("http://localhost:9000");
        assertThat(auth.tier()).isEqualTo(ServiceDefinition.Tier.PLATFORM);
        assertThat(auth.databaseName()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "product-service, 8081, product, PRODUCT_DB_PASSWORD",
            "review-service,  8082, review,  REVIEW_DB_PASSWORD",
            "order-service,   8083, order,   ORDER_DB_PASSWORD",
            "payment-service, 8084, payment, PAYMENT_DB_PASSWORD",
            "query-service,   8085, query,   QUERY_DB_PASSWORD" })
    void runsEachBusinessServiceOnItsPortWithADatabaseOfItsOwn(String name, int port, String database, String variable) {
        ServiceDefinition service = Services.named(name);

        assertThat(service.tier()).isEqualTo(ServiceDefinition.Tier.BUSINESS);
        assertThat(service.port()).isEqualTo(port);
        assertThat(service.databaseName()).contains(database);
        assertThat(service.passwordVariable()).contains(variable);
    }

    @Test
    void givesNoDatabaseToServicesThatOwnNone() {
        assertThat(Services.named("gateway-service").passwordVariable()).isEmpty();
        assertThat(Services.named("auth-service").databaseName()).isEmpty();
    }

    @Test
    void givesEveryDatabaseItsOwnNameAndPasswordVariable() {
        assertThat(ALL).flatExtracting(service -> service.databaseName().stream().toList()).doesNotHaveDuplicates()
                .doesNotContain(Postgres.SUPERUSER);
        assertThat(ALL).flatExtracting(service -> service.passwordVariable().stream().toList()).doesNotHaveDuplicates();
    }

    @Test
    void findsTheBootJarOfEachServiceInItsModule() {
        assertThat(Services.named("product-service").jar(Path.of("/repo")))
                .isEqualTo(Path.of("/repo/product-service/target/product-service.jar"));
    }

    @Test
    void givesEveryServiceItsOwnPort() {
        assertThat(ALL).extracting(ServiceDefinition::port).doesNotHaveDuplicates();
    }

    @Test
    void rejectsAnUnknownServiceNamingTheKnownOnes() {
        assertThatThrownBy(() -> Services.named("basket-service"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("basket-service")
                .hasMessageContaining("product-service");
    }

    @Test
    void keepsSelectedServicesInTableOrder() {
        StackOptions options = new StackOptions(Path.of("/repo"), Path.of("/state"), false, ALL)
                .withServices("gateway-service", "discovery-service");

        assertThat(options.services()).extracting(ServiceDefinition::name)
                .containsExactly("discovery-service", "gateway-service");
    }
}
