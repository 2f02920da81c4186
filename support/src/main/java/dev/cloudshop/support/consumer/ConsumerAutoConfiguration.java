package dev.cloudshop.support.consumer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.core.JacksonException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Error handling for every Kafka listener of a service that sets
 * {@code cloudshop.consumer.dead-letter-topic}. Boot's listener container factory picks the
 * {@link CommonErrorHandler} up. What happens to a record whose listener throws:
 * <ul>
 * <li>it cannot be read ({@code ErrorHandlingDeserializer} failed) or is poison
 * ({@link PoisonEventException}, JSON that does not map): parked on the dead-letter topic at
 * once, the partition moves on;</li>
 * <li>a transient failure (database or Kafka unreachable, deadlock): retried with back-off until
 * it succeeds; the partition waits, so nothing is skipped and order is kept;</li>
 * <li>anything else: retried a few times, then parked.</li>
 * </ul>
 * A parked record keeps its key, value and headers, plus Spring Kafka's {@code kafka_dlt-*}
 * headers (the original topic, partition, offset and consumer group, the exception's class,
 * message and stack trace) and {@value #REASON_HEADER}, the reason in one line.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnClass({ KafkaTemplate.class, DefaultErrorHandler.class })
@ConditionalOnProperty("cloudshop.consumer.dead-letter-topic")
@EnableConfigurationProperties(ConsumerProperties.class)
public class ConsumerAutoConfiguration {

	/**
	 * The header that says in one line why a record was parked: the failure's messages from the
	 * outermost meaningful one to its root cause.
	 */
	public static final String REASON_HEADER = "cloudshop_dlt-reason";

	private static final Log logger = LogFactory.getLog(ConsumerAutoConfiguration.class);

	@Bean
	@ConditionalOnBean(KafkaProperties.class)
	DeadLetterProducer deadLetterProducer(KafkaProperties kafkaProperties,
			ObjectProvider<KafkaConnectionDetails> connectionDetails, Environment environment) {
		return new DeadLetterProducer(
				deadLetterProducerFactory(kafkaProperties, connectionDetails.getIfAvailable(), environment));
	}

	@Bean
	@ConditionalOnMissingBean(CommonErrorHandler.class)
	@ConditionalOnBean(DeadLetterProducer.class)
	DefaultErrorHandler deadLetterErrorHandler(DeadLetterProducer producer, ConsumerProperties properties,
			ObjectProvider<MeterRegistry> meterRegistry) {
		String deadLetterTopic = properties.deadLetterTopic();
		MeterRegistry meters = meterRegistry.getIfAvailable(CompositeMeterRegistry::new);
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(producer.template,
				(record, failure) -> park(record, failure, deadLetterTopic, meters));
		recoverer.setHeadersFunction((record, failure) -> new RecordHeaders(
				new Header[] { new RecordHeader(REASON_HEADER, reason(failure).getBytes(StandardCharsets.UTF_8)) }));
		FixedBackOff fewRetries = new FixedBackOff(properties.retryInterval().toMillis(), properties.retryAttempts());
		DefaultErrorHandler errorHandler = new DefaultErrorHandler(recoverer, fewRetries);
		errorHandler.addNotRetryableExceptions(PoisonEventException.class, JacksonException.class);
		errorHandler.setBackOffFunction((record, failure) -> ConsumerFailures.isTransient(failure)
				? untilItWorks(properties) : null);
		return errorHandler;
	}

	private static TopicPartition park(ConsumerRecord<?, ?> record, Exception failure, String deadLetterTopic,
			MeterRegistry meters) {
		logger.warn("Parking " + record.topic() + "-" + record.partition() + "@" + record.offset() + " (key "
				+ record.key() + ") on " + deadLetterTopic + ": " + reason(failure));
		Counter.builder("cloudshop.consumer.dead.letters")
			.description("Records parked on the dead-letter topic, by the topic they came from")
			.tag("topic", record.topic())
			.register(meters)
			.increment();
		// Partition -1: the producer chooses by key, whatever the dead-letter topic's size.
		return new TopicPartition(deadLetterTopic, -1);
	}

	/** "record 2 is poison", "failed to deserialize: The value is not UTF-8", ... without the listener wrapper. */
	static String reason(Throwable failure) {
		StringBuilder reason = new StringBuilder();
		for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			if (cause instanceof ListenerExecutionFailedException || cause.getMessage() == null
					|| reason.indexOf(cause.getMessage()) >= 0) {
				continue;
			}
			reason.append((reason.length() > 0) ? ": " : "").append(cause.getMessage());
		}
		return (reason.length() > 0) ? reason.toString() : failure.getClass().getName();
	}

	/** Exponential back-off without an end, capped at the configured longest wait. */
	private static ExponentialBackOff untilItWorks(ConsumerProperties properties) {
		ExponentialBackOff backOff = new ExponentialBackOff(100, 2.0);
		backOff.setMaxInterval(properties.transientMaxBackOff().toMillis());
		return backOff;
	}

	private static DefaultKafkaProducerFactory<Object, Object> deadLetterProducerFactory(KafkaProperties kafkaProperties,
			KafkaConnectionDetails connectionDetails, Environment environment) {
		Map<String, Object> config = kafkaProperties.buildProducerProperties();
		if (connectionDetails != null) {
			List<String> servers = connectionDetails.getProducer().getBootstrapServers();
			config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", servers));
		}
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.CLIENT_ID_CONFIG,
				environment.getProperty("spring.application.name", "application") + "-dead-letters");
		return new DefaultKafkaProducerFactory<>(config, new RawSerializer(), new RawSerializer());
	}

	/** The producer of dead letters, its own so it never replaces the service's KafkaTemplate; closed with the context. */
	static final class DeadLetterProducer implements DisposableBean {

		private final DefaultKafkaProducerFactory<Object, Object> producers;

		private final KafkaTemplate<Object, Object> template;

		DeadLetterProducer(DefaultKafkaProducerFactory<Object, Object> producers) {
			this.producers = producers;
			this.template = new KafkaTemplate<>(producers);
		}

		@Override
		public void destroy() {
			this.producers.destroy();
		}

	}

	/**
	 * Writes back what the listener read: the raw bytes of a record that could not be
	 * deserialised, the text of one that could.
	 */
	static final class RawSerializer implements Serializer<Object> {

		@Override
		public byte[] serialize(String topic, Object data) {
			if (data == null) {
				return null;
			}
			if (data instanceof byte[] bytes) {
				return bytes;
			}
			return data.toString().getBytes(StandardCharsets.UTF_8);
		}

	}

}
