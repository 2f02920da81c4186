package dev.cloudshop.query.projection;

import java.time.Instant;

/**
 * What every event record carries besides its payload, taken from its CloudEvents headers and key.
 *
 * @param eventId {@code ce_id}, the same on every delivery of the event
 * @param aggregateType {@code ce_aggregatetype}: {@code Product}, {@code Review}, {@code Order},
 * {@code Payment}, ...
 * @param aggregateId the record key (for orders and payments, the order id)
 * @param version {@code ce_aggregateversion}, the aggregate's version after the event
 * @param type {@code ce_type}, e.g. {@code cloudshop.order.OrderPlaced.v1}
 * @param time {@code ce_time}, when the event happened
 * @param payload the JSON value, as it came
 */
public record Envelope(String eventId, String aggregateType, String aggregateId, long version, String type,
		Instant time, String payload) {

	public Envelope {
		if (version < 1) {
			throw new MalformedEventException("Aggregate version " + version + " is not positive");
		}
	}

	/** The event as the logs name it: type, id, aggregate and version. */
	public String describe() {
		return this.type + " " + this.eventId + " (" + this.aggregateType + " " + this.aggregateId + " version "
				+ this.version + ")";
	}

}
