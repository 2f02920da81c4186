package dev.cloudshop.support.outbox;

/**
 * The transactional outbox: events stored with the state change they describe, published to
 * Kafka after commit.
 */
public interface Outbox {

	/**
	 * Stores the event in the caller's transaction (one is required); it is published to Kafka
	 * right after commit, at least once, in order per aggregate.
	 * @throws IllegalStateException if no transaction is active
	 */
	void append(OutboxEvent event);

}
