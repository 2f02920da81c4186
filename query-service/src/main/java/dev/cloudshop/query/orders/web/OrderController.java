package dev.cloudshop.query.orders.web;

import java.util.Optional;
import java.util.UUID;

import dev.cloudshop.query.orders.OrderView;
import dev.cloudshop.query.orders.application.OrderConsistency;
import dev.cloudshop.query.orders.application.OrderReader;
import dev.cloudshop.query.projection.ConsistencyStatus;
import dev.cloudshop.query.web.QueryParameters;
import dev.cloudshop.support.consistency.ConsistencyToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's own orders, with status timeline and payment. Only the caller's orders exist
 * here: another customer's order is a 404. A request that sends the {@code Consistency-Token} of
 * an order's write ({@code Order:<id>:<version>}) is answered once the view shows that order at
 * that version (or the bounded wait ran out), with {@code Consistency-Status: caught-up} or
 * {@code stale}.
 */
@Tag(name = "My orders", description = "The caller's orders with status timeline and payment")
@RestController
@RequestMapping(OrderController.ORDERS)
class OrderController {

	static final String ORDERS = "/api/v1/me/orders";

	private static final String TOKEN_DESCRIPTION = "The Consistency-Token header of an order's write "
			+ "(Order:<id>:<version>): the answer waits, bounded, until it shows that order at that version";

	private final OrderReader reader;

	private final OrderConsistency consistency;

	OrderController(OrderReader reader, OrderConsistency consistency) {
		this.reader = reader;
		this.consistency = consistency;
	}

	@Operation(description = "The caller's orders, newest first; size at most 100")
	@GetMapping
	PagedModel<OrderView> orders(
			@Parameter(description = "Page number from 0") @RequestParam(required = false) String page,
			@Parameter(description = "Page size, 1 to 100 (default 20)") @RequestParam(required = false) String size,
			@Parameter(description = TOKEN_DESCRIPTION) @RequestHeader(name = ConsistencyToken.HEADER,
					required = false) String consistencyToken,
			@AuthenticationPrincipal Jwt jwt, HttpServletResponse response) {
		UUID customerId = Customers.id(jwt);
		QueryParameters parameters = new QueryParameters();
		Pageable pageable = parameters.page(page, size);
		parameters.throwIfRejected();
		awaitConsistency(consistencyToken, customerId, response);
		return new PagedModel<>(this.reader.orders(customerId, pageable));
	}

	@Operation(description = "One of the caller's orders; 404 for an order of someone else's")
	@GetMapping("/{orderId}")
	OrderView order(@PathVariable UUID orderId,
			@Parameter(description = TOKEN_DESCRIPTION) @RequestHeader(name = ConsistencyToken.HEADER,
					required = false) String consistencyToken,
			@AuthenticationPrincipal Jwt jwt, HttpServletResponse response) {
		UUID customerId = Customers.id(jwt);
		awaitConsistency(consistencyToken, customerId, response);
		return this.reader.order(customerId, orderId);
	}

	/**
	 * Waits for the token's write, if a token was sent, and says how that went in the response
	 * header, which a 404 that follows carries too.
	 */
	private void awaitConsistency(String header, UUID customerId, HttpServletResponse response) {
		Optional<ConsistencyToken> token = OrderConsistencyTokens.read(header);
		if (token.isPresent()) {
			ConsistencyStatus status = this.consistency.await(token.get(), customerId);
			response.setHeader(ConsistencyStatus.HEADER, status.headerValue());
		}
	}

}
