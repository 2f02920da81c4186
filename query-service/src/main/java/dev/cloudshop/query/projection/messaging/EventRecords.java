package dev.cloudshop.query.projection.messaging;

import java.time.DateTimeException;
import java.util.Optional;

import dev.cloudshop.query.projection.Envelope;
import dev.cloudshop.query.projection.MalformedEventException;
import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * Reads the envelope of an event record from its key and CloudEvents headers. A record without
 * the headers every event carries, or whose key is not its subject, is malformed.
 */
public final class EventRecords {

	private EventRecords() {
	}

	/** @throws MalformedEventException if the record can never be applied */
	public static Envelope envelope(ConsumerRecord<String, String> record) {
		Headers headers = record.headers();
		try {
			String aggregateId = record.key();
			if (aggregateId == null || aggregateId.isBlank()) {
				throw new MalformedEventException("The record has no key (the aggregate id)");
			}
			Optional<String> subject = CloudEventHeaders.find(headers, CloudEventHeaders.SUBJECT);
			if (subject.isPresent() && !subject.get().equals(aggregateId)) {
				throw new MalformedEventException("The record's key " + aggregateId + " is not its subject " + subject.get());
			}
			if (record.value() == null) {
				throw new MalformedEventException("The record has no value");
			}
			return new Envelope(nonBlank(CloudEventHeaders.id(headers), CloudEventHeaders.ID),
					nonBlank(CloudEventHeaders.aggregateType(headers), CloudEventHeaders.AGGREGATE_TYPE), aggregateId,
					CloudEventHeaders.aggregateVersion(headers),
					nonBlank(CloudEventHeaders.type(headers), CloudEventHeaders.TYPE), CloudEventHeaders.time(headers),
					record.value());
		}
		catch (NumberFormatException ex) {
			throw new MalformedEventException("The record's " + CloudEventHeaders.AGGREGATE_VERSION + " is not a number",
					ex);
		}
		catch (DateTimeException ex) {
			throw new MalformedEventException("The record's " + CloudEventHeaders.TIME + " is not an RFC 3339 time", ex);
		}
		catch (MalformedEventException ex) {
			throw ex;
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedEventException(ex.getMessage(), ex);
		}
	}

	private static String nonBlank(String value, String header) {
		if (value.isBlank()) {
			throw new MalformedEventException("The record's " + header + " header is blank");
		}
		return value;
	}

	/** The record as the logs name it: topic, partition and offset. */
	public static String describe(ConsumerRecord<?, ?> record) {
		return record.topic() + "-" + record.partition() + "@" + record.offset();
	}

}
