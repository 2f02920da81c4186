package dev.cloudshop.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Import into a {@code @SpringBootTest}: points {@code spring.datasource.*} and
 * {@code spring.kafka.bootstrap-servers} at the JVM's {@link SharedInfrastructure}. Every test
 * class importing only this configuration gets the same cached application context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructure {

	@Bean
	static DynamicPropertyRegistrar sharedInfrastructureProperties() {
		return registry -> {
			registry.add("spring.datasource.url", SharedInfrastructure::jdbcUrl);
			registry.add("spring.datasource.username", () -> SharedInfrastructure.POSTGRES_USER);
			registry.add("spring.datasource.password", () -> SharedInfrastructure.POSTGRES_PASSWORD);
			registry.add("spring.kafka.bootstrap-servers", SharedInfrastructure::kafkaBootstrapServers);
		};
	}

	/**
	 * For a test context of its own (a Kafka outage, say): a database of its own on the shared
	 * server, so no other context's relay takes its rows, and the given broker.
	 */
	public static void registerIsolated(DynamicPropertyRegistry registry, String database,
			RestartableKafkaBroker kafka) {
		registry.add("spring.datasource.url", () -> SharedInfrastructure.jdbcUrl(database));
		registry.add("spring.datasource.username", () -> SharedInfrastructure.POSTGRES_USER);
		registry.add("spring.datasource.password", () -> SharedInfrastructure.POSTGRES_PASSWORD);
		registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
	}

}
