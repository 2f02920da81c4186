package dev.cloudshop.query.projection;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an event's JSON payload as a tolerant reader: fields the read model does not need are
 * ignored; a payload that is not the event its type says is malformed.
 */
public final class EventPayloads {

	private final JsonMapper json;

	public EventPayloads(JsonMapper json) {
		this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
	}

	/**
	 * Reads the payload of a type whose events are all of one aggregate type.
	 * @throws MalformedEventException if the event is of another aggregate, or the payload is not a {@code type}
	 */
	public <E> E read(Envelope envelope, String aggregateType, Class<? extends E> type) {
		if (!aggregateType.equals(envelope.aggregateType())) {
			throw new MalformedEventException(envelope.type() + " is an event of a " + aggregateType + ", not of a "
					+ envelope.aggregateType());
		}
		return read(envelope, type);
	}

	/** @throws MalformedEventException if the payload is not a {@code type} */
	public <E> E read(Envelope envelope, Class<? extends E> type) {
		try {
			E event = this.json.readValue(envelope.payload(), type);
			if (event == null) {
				throw new MalformedEventException("The payload of " + envelope.type() + " is empty");
			}
			return event;
		}
		catch (JacksonException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof MalformedEventException malformed) {
					throw malformed;
				}
			}
			throw new MalformedEventException(
					"The payload is not a " + envelope.type() + ": " + ex.getOriginalMessage(), ex);
		}
	}

}
