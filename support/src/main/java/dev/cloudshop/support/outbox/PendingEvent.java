package dev.cloudshop.support.outbox;

import java.time.Instant;

/** A stored event the relay has not yet seen acknowledged by Kafka. */
record PendingEvent(long sequenceNumber, String eventId, String topic, String aggregateType, String aggregateId,
		long aggregateVersion, String type, String payload, String traceparent, Instant createdAt) {

	/** Events of one aggregate must reach Kafka in sequence order. */
	Aggregate aggregate() {
		return new Aggregate(this.aggregateType, this.aggregateId);
	}

	record Aggregate(String type, String id) {
	}

}
