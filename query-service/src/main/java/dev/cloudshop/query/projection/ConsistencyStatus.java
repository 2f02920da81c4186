package dev.cloudshop.query.projection;

/** Whether a query that carried a consistency token saw the write it names. */
public enum ConsistencyStatus {

	/** The view reflects the write (or a later version). */
	CAUGHT_UP("caught-up"),

	/** The wait ran out; the view is older than the write. */
	STALE("stale");

	/** The response header that tells which. */
	public static final String HEADER = "Consistency-Status";

	private final String headerValue;

	ConsistencyStatus(String headerValue) {
		this.headerValue = headerValue;
	}

	public String headerValue() {
		return this.headerValue;
	}

}
