package dev.cloudshop.support.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outbox relay, under {@code cloudshop.outbox}.
 *
 * @param relayEnabled whether this instance runs a relay; appending works either way
 * @param pollInterval how often the relay looks for events when nothing woke it; only the
 * recovery path, since every commit that appended an event wakes the relay
 * @param batchSize the most events sent in one round
 * @param sendTimeout how long a round waits for Kafka before it fails and is retried
 * (the producer's {@code delivery.timeout.ms}; {@code max.block.ms} is at most one second)
 * @param minBackoff the wait after a first failed round
 * @param maxBackoff the longest wait between failed rounds (the backoff doubles up to it)
 * @param retention how long published events are kept in the table
 * @param purgeInterval how often published events older than the retention are deleted
 */
@ConfigurationProperties("cloudshop.outbox")
public record OutboxProperties(@DefaultValue("true") boolean relayEnabled, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("500") int batchSize, @DefaultValue("5s") Duration sendTimeout,
		@DefaultValue("100ms") Duration minBackoff, @DefaultValue("5s") Duration maxBackoff,
		@DefaultValue("7d") Duration retention, @DefaultValue("1h") Duration purgeInterval) {

	public OutboxProperties {
		if (batchSize < 1) {
			throw new IllegalArgumentException("cloudshop.outbox.batch-size must be positive");
		}
	}

}
