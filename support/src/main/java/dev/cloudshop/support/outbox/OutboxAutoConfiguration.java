package dev.cloudshop.support.outbox;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The transactional outbox for a service with a DataSource and Kafka: an {@link Outbox} bean
 * and, unless {@code cloudshop.outbox.relay-enabled=false}, the relay that publishes its events.
 * The table comes from the Flyway migration {@code db/migration/outbox/V0_1__create_outbox.sql}.
 */
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, KafkaAutoConfiguration.class,
		JacksonAutoConfiguration.class })
@ConditionalOnClass({ JdbcClient.class, KafkaTemplate.class })
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnBean(KafkaProperties.class)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

	@Bean
	@ConditionalOnBooleanProperty(name = "cloudshop.outbox.relay-enabled", matchIfMissing = true)
	OutboxRelay outboxRelay(DataSource dataSource, KafkaProperties kafkaProperties,
			ObjectProvider<KafkaConnectionDetails> connectionDetails, OutboxProperties properties,
			ObjectProvider<MeterRegistry> meterRegistry, Environment environment) {
		String applicationName = applicationName(environment);
		KafkaConnectionDetails details = connectionDetails.getIfAvailable();
		List<String> bootstrapServers = (details != null) ? details.getProducer().getBootstrapServers() : null;
		return new OutboxRelay(dataSource,
				OutboxRelay.producerConfig(kafkaProperties.buildProducerProperties(), bootstrapServers, properties,
						applicationName + "-outbox-relay"),
				properties, "/cloudshop/" + applicationName, meterRegistry.getIfAvailable(CompositeMeterRegistry::new),
				Clock.systemUTC());
	}

	@Bean
	@ConditionalOnMissingBean
	Outbox outbox(DataSource dataSource, ObjectProvider<JsonMapper> jsonMapper, ObjectProvider<OutboxRelay> relay,
			ObjectProvider<TraceparentSource> traceparent) {
		OutboxRelay outboxRelay = relay.getIfAvailable();
		Runnable wakeRelay = (outboxRelay != null) ? outboxRelay::wakeUp : () -> {
		};
		return new JdbcOutbox(dataSource, jsonMapper.getIfAvailable(() -> JsonMapper.builder().build()),
				traceparent.getIfAvailable(() -> () -> null), wakeRelay, Clock.systemUTC());
	}

	private static String applicationName(Environment environment) {
		return environment.getProperty("spring.application.name", "application");
	}

	/** The trace context to store with an event; null when nothing is traced. */
	@FunctionalInterface
	interface TraceparentSource extends Supplier<String> {

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(Tracer.class)
	static class TracingConfiguration {

		@Bean
		TraceparentSource outboxTraceparentSource(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
			return new MicrometerTraceparent(tracer, propagator)::get;
		}

	}

}
