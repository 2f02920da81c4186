package dev.cloudshop.order.order.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.cloudshop.order.idempotency.IdempotentRequest;
import dev.cloudshop.order.idempotency.StoredAnswer;
import dev.cloudshop.order.order.Order;
import dev.cloudshop.order.order.application.OrderService.Placement;
import dev.cloudshop.support.consistency.ConsistencyToken;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The answer to placing an order, as it is given and as it is stored for a retry with the same
 * {@value IdempotentRequest#HEADER}: 201, {@code Location}, {@code ETag},
 * {@code Consistency-Token} and the order as it was then. A replayed answer also says
 * {@value #REPLAYED}.
 */
@Component
class OrderAnswers {

	/** The aggregate type order events carry ({@code ce_aggregatetype}), which query-service matches tokens by. */
	static final String AGGREGATE_TYPE = "Order";

	static final String REPLAYED = "Idempotent-Replayed";

	private final JsonMapper json;

	OrderAnswers(JsonMapper json) {
		this.json = json;
	}

	/**
	 * The key of a request, with the fingerprint of what it asks for.
	 * @throws InvalidIdempotencyKeyException when the key is not 1 to 255 printable characters
	 */
	IdempotentRequest idempotent(UUID customerId, String key, NewOrderRequest request) {
		if (!IdempotentRequest.isValidKey(key)) {
			throw new InvalidIdempotencyKeyException();
		}
		return IdempotentRequest.of(customerId, key, this.json.writeValueAsString(request.items()));
	}

	StoredAnswer created(Order order) {
		String location = ServletUriComponentsBuilder.fromCurrentRequestUri()
			.path("/{id}")
			.buildAndExpand(order.id())
			.toUriString();
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(HttpHeaders.LOCATION, location);
		headers.put(HttpHeaders.ETAG, etagOf(order));
		headers.put(ConsistencyToken.HEADER, consistencyToken(order));
		return new StoredAnswer(HttpStatus.CREATED.value(), headers,
				this.json.writeValueAsString(OrderResponse.from(order)));
	}

	ResponseEntity<OrderResponse> toResponse(Placement placement) {
		StoredAnswer answer = placement.answer();
		ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.status());
		answer.headers().forEach((name, value) -> response.header(name, value));
		if (placement.replayed()) {
			response.header(REPLAYED, "true");
		}
		return response.body(this.json.readValue(answer.body(), OrderResponse.class));
	}

	/** Changes with every transition of the order (its revision). */
	static String etagOf(Order order) {
		return "\"" + order.revision() + "\"";
	}

	static String consistencyToken(Order order) {
		return new ConsistencyToken(AGGREGATE_TYPE, order.id().toString(), order.version()).value();
	}

	/** The {@value IdempotentRequest#HEADER} header is empty, too long, or not printable ASCII. */
	static class InvalidIdempotencyKeyException extends RuntimeException {

		InvalidIdempotencyKeyException() {
			super("The " + IdempotentRequest.HEADER + " header must be 1 to " + IdempotentRequest.MAX_KEY_LENGTH
					+ " printable ASCII characters");
		}

	}

}
