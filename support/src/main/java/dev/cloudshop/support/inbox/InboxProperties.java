package dev.cloudshop.support.inbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the idempotent consumer ({@code cloudshop.inbox.*}).
 *
 * @param retention how long processed event ids are kept; Kafka redelivers within minutes
 * (a rebalance, a restart), so days are plenty, and projections also skip old versions
 * @param purgeInterval how often older ids are deleted
 */
@ConfigurationProperties("cloudshop.inbox")
public record InboxProperties(@DefaultValue("30d") Duration retention, @DefaultValue("1h") Duration purgeInterval) {

}
