package dev.cloudshop.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

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

        @Test
        void startsBusinessServicesAfterThePlatformAndTheInfrastructureTheyUse() {
            assertThat(SpringBootService.dependenciesOf(Services.named("product-service"), ALL))
                    .containsExactlyInAnyOrder("discovery-service", "config-service", "auth-service", "kafka", "zipkin",
                            "postgres");
        }

        @Test
        void startsEdgeServicesOnceEveryOtherServiceIsReady() {
            assertThat(SpringBootService.dependenciesOf(Services.named("gateway-service"), ALL))
                    .containsExactlyInAnyOrder("discovery-service", "config-service", "auth-service", "product-service",
                            "zipkin");
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

    @Test
    void derivesDatabaseUserAndPasswordVariableFromTheName() {
        ServiceDefinition product = Services.named("product-service");

        assertThat(product.databaseName()).contains("product");
        assertThat(product.passwordVariable()).contains("PRODUCT_DB_PASSWORD");
        assertThat(Services.named("gateway-service").passwordVariable()).isEmpty();
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
