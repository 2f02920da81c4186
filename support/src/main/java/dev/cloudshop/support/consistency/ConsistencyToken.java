package dev.cloudshop.support.consistency;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.Assert;

/**
 * Names a write so that a read can wait for it: the aggregate that changed and the version it
 * reached. Write responses carry it in the {@value #HEADER} header; a query that sends it back
 * answers only once its view reflects at least that version (read-your-writes across services).
 * <p>
 * On the wire it reads {@code <aggregateType>:<aggregateId>:<version>}, for example
 * {@code Product:0b6f9a52-3c1e-4d8a-9f2e-7c5d1a4b8e90:3}. Clients treat it as opaque.
 *
 * @param aggregateType the aggregate's type as its events name it, e.g. {@code Product}
 * @param aggregateId the aggregate's id
 * @param version the aggregate's version after the write
 */
public record ConsistencyToken(String aggregateType, String aggregateId, long version) {

	/** The request and response header that carries a token. */
	public static final String HEADER = "Consistency-Token";

	private static final Pattern FORMAT = Pattern.compile("([A-Za-z][A-Za-z0-9]*):([A-Za-z0-9-]{1,64}):([1-9][0-9]{0,17})");

	public ConsistencyToken {
		Assert.isTrue(aggregateType != null && aggregateType.matches("[A-Za-z][A-Za-z0-9]*"),
				"aggregateType must be a word");
		Assert.isTrue(aggregateId != null && aggregateId.matches("[A-Za-z0-9-]{1,64}"),
				"aggregateId must be 1 to 64 letters, digits or dashes");
		Assert.isTrue(version > 0, "version must be positive");
	}

	/** The token as sent in the {@value #HEADER} header. */
	public String value() {
		return this.aggregateType + ":" + this.aggregateId + ":" + this.version;
	}

	/**
	 * Reads a token from its header value.
	 * @throws InvalidConsistencyTokenException if the value is not a token
	 */
	public static ConsistencyToken parse(String value) {
		Matcher matcher = (value != null) ? FORMAT.matcher(value.strip()) : null;
		if (matcher == null || !matcher.matches()) {
			throw new InvalidConsistencyTokenException(value);
		}
		return new ConsistencyToken(matcher.group(1), matcher.group(2), Long.parseLong(matcher.group(3)));
	}

	@Override
	public String toString() {
		return value();
	}

}
