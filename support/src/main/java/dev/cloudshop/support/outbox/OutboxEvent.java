package dev.cloudshop.support.outbox;

import org.springframework.util.Assert;

/**
 * An event to publish, as the domain names it.
 *
 * @param topic the Kafka topic, e.g. {@code product.events}
 * @param aggregateType the aggregate's type, e.g. {@code Product}
 * @param aggregateId the aggregate's id; the record key, so one aggregate's events stay in order
 * @param aggregateVersion the aggregate's version after the change
 * @param type the CloudEvents type, e.g. {@code cloudshop.product.ProductCreated.v1}
 * @param payload any record, serialised as JSON
 */
public record OutboxEvent(String topic, String aggregateType, String aggregateId, long aggregateVersion, String type,
		Object payload) {

	public OutboxEvent {
		Assert.hasText(topic, "topic must not be blank");
		Assert.hasText(aggregateType, "aggregateType must not be blank");
		Assert.hasText(aggregateId, "aggregateId must not be blank");
		Assert.hasText(type, "type must not be blank");
		Assert.notNull(payload, "payload must not be null");
	}

}
