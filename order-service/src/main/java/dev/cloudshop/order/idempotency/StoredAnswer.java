package dev.cloudshop.order.idempotency;

import java.util.Map;

/** The answer a request got, as it is given again to a retry: status, headers and body. */
public record StoredAnswer(int status, Map<String, String> headers, String body) {

	public StoredAnswer {
		headers = Map.copyOf(headers);
	}

}
