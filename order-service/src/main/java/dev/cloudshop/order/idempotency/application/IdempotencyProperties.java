package dev.cloudshop.order.idempotency.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cloudshop.idempotency.*}.
 *
 * @param retention how long a key and its answer are remembered
 * @param purgeInterval how often expired keys are deleted
 */
@ConfigurationProperties("cloudshop.idempotency")
record IdempotencyProperties(@DefaultValue("24h") Duration retention, @DefaultValue("1h") Duration purgeInterval) {
}
