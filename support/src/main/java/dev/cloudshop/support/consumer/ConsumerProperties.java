package dev.cloudshop.support.consumer;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service's Kafka listeners treat failures ({@code cloudshop.consumer.*}).
 *
 * @param deadLetterTopic where records that cannot be processed are parked, with the reason;
 * setting it turns the error handling on
 * @param retryAttempts retries of an unexpected failure before the record is parked
 * @param retryInterval wait between those retries
 * @param transientMaxBackOff the longest wait between retries of a transient failure (the
 * database or Kafka unreachable); those are retried until they succeed, so nothing is parked
 * or skipped because a dependency was briefly down
 */
@ConfigurationProperties("cloudshop.consumer")
public record ConsumerProperties(String deadLetterTopic, @DefaultValue("3") int retryAttempts,
		@DefaultValue("200ms") Duration retryInterval, @DefaultValue("5s") Duration transientMaxBackOff) {

}
