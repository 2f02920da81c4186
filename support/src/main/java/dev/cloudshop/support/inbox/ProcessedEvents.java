package dev.cloudshop.support.inbox;

/**
 * The idempotent consumer: remembers which events a consumer has applied, in the same
 * transaction as their effect. Kafka delivers at least once; with this, effects happen once.
 *
 * <pre>{@code
 * @Transactional
 * void on(ConsumerRecord<String, String> record) {
 *     if (!processedEvents.markProcessed("known-products", CloudEventHeaders.id(record.headers()))) {
 *         return; // delivered before: its effect is already committed
 *     }
 *     // ... the effect
 * }
 * }</pre>
 */
public interface ProcessedEvents {

	/**
	 * Records that the consumer processes the event now, in the caller's transaction. When two
	 * deliveries race, the second waits for the first transaction and then gets {@code false}.
	 * @param consumer names the effect, e.g. a projection ({@code catalog}); one event may be
	 * processed once per consumer
	 * @param eventId the event's {@code ce_id}
	 * @return {@code true} the first time, {@code false} for an event already processed
	 * @throws IllegalStateException if no transaction is active
	 */
	boolean markProcessed(String consumer, String eventId);

	/** Forgets every event of the consumer, e.g. of a read model that was discarded. */
	void forget(String consumer);

}
