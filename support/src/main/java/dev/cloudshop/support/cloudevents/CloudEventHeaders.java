package dev.cloudshop.support.cloudevents;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The Kafka headers of a Cloudshop event: CloudEvents 1.0 attributes in binary content mode
 * (Kafka protocol binding: {@code ce_} prefix, UTF-8 values), the aggregate extensions and the
 * W3C trace context. The record key is the aggregate id and the value the JSON payload.
 */
public final class CloudEventHeaders {

	/** CloudEvents specification version, always {@value #SPEC_VERSION_1_0}. */
	public static final String SPEC_VERSION = "ce_specversion";

	/** Unique event id (a UUID); consumers remember it to process each event once. */
	public static final String ID = "ce_id";

	/** Versioned event type, e.g. {@code cloudshop.product.ProductCreated.v1}. */
	public static final String TYPE = "ce_type";

	/** The producing service, {@code /cloudshop/<spring.application.name>}. */
	public static final String SOURCE = "ce_source";

	/** When the event happened (stored in the outbox), RFC 3339 in UTC. */
	public static final String TIME = "ce_time";

	/** The aggregate id, the same as the record key. */
	public static final String SUBJECT = "ce_subject";

	/** Extension: the aggregate's type, e.g. {@code Product}. */
	public static final String AGGREGATE_TYPE = "ce_aggregatetype";

	/** Extension: the aggregate's version after the change; consumers apply versions in order. */
	public static final String AGGREGATE_VERSION = "ce_aggregateversion";

	/** Media type of the value, always {@value #APPLICATION_JSON}. */
	public static final String CONTENT_TYPE = "content-type";

	/** W3C trace context of the request that produced the event, when it was traced. */
	public static final String TRACEPARENT = "traceparent";

	public static final String SPEC_VERSION_1_0 = "1.0";

	public static final String APPLICATION_JSON = "application/json";

	private CloudEventHeaders() {
	}

	/** The last value of the header, if present. */
	public static Optional<String> find(Headers headers, String name) {
		Header header = headers.lastHeader(name);
		if (header == null || header.value() == null) {
			return Optional.empty();
		}
		return Optional.of(new String(header.value(), StandardCharsets.UTF_8));
	}

	/** The last value of a header that must be present. */
	public static String get(Headers headers, String name) {
		return find(headers, name)
			.orElseThrow(() -> new IllegalArgumentException("The record has no " + name + " header"));
	}

	public static String id(Headers headers) {
		return get(headers, ID);
	}

	public static String type(Headers headers) {
		return get(headers, TYPE);
	}

	public static String source(Headers headers) {
		return get(headers, SOURCE);
	}

	public static String subject(Headers headers) {
		return get(headers, SUBJECT);
	}

	public static Instant time(Headers headers) {
		return Instant.parse(get(headers, TIME));
	}

	public static String aggregateType(Headers headers) {
		return get(headers, AGGREGATE_TYPE);
	}

	public static long aggregateVersion(Headers headers) {
		return Long.parseLong(get(headers, AGGREGATE_VERSION));
	}

	public static Optional<String> traceparent(Headers headers) {
		return find(headers, TRACEPARENT);
	}

	/** Adds a header with a UTF-8 value. */
	public static void add(Headers headers, String name, String value) {
		headers.add(name, value.getBytes(StandardCharsets.UTF_8));
	}

}
