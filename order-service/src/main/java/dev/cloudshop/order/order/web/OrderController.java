package dev.cloudshop.order.order.web;

import java.util.UUID;

import dev.cloudshop.order.idempotency.IdempotentRequest;
import dev.cloudshop.order.order.Order;
import dev.cloudshop.order.order.OrderStatus;
import dev.cloudshop.order.order.application.OrderService;
import dev.cloudshop.order.order.application.OrderService.Placement;
import dev.cloudshop.support.security.Customers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's orders over HTTP. An order is placed PENDING and answered at once; its saga then
 * runs over Kafka, and the order shows where it got to. Every order response carries an ETag
 * that changes with each transition.
 */
@Tag(name = "Orders", description = "A customer's orders and where each stands")
@RestController
@RequestMapping(OrderApiSecurity.ORDERS)
class OrderController {

	private final OrderService orders;

	private final OrderAnswers answers;

	OrderController(OrderService orders, OrderAnswers answers) {
		this.orders = orders;
		this.answers = answers;
	}

	@Operation(description = "Places an order at the catalog's current prices; it is PENDING until stock and "
			+ "payment are settled. With an Idempotency-Key, a retry of the same request gets the first answer again "
			+ "and places nothing.")
	@PostMapping
	ResponseEntity<OrderResponse> place(@Valid @RequestBody NewOrderRequest request,
			@Parameter(description = "Makes retries safe: 1 to 255 printable characters, unique per request, "
					+ "remembered for 24 h") @RequestHeader(name = IdempotentRequest.HEADER, required = false)
			String idempotencyKey,
			@Parameter(hidden = true) Authentication caller) {
		UUID customerId = Customers.idOf(caller);
		IdempotentRequest idempotency = (idempotencyKey != null)
				? this.answers.idempotent(customerId, idempotencyKey, request) : null;
		Placement placement = this.orders.place(customerId, request.items(), idempotency, this.answers::created);
		return this.answers.toResponse(placement);
	}

	@Operation(description = "One of the caller's orders, with its status history")
	@GetMapping("/{id}")
	ResponseEntity<OrderResponse> get(@PathVariable UUID id, @Parameter(hidden = true) Authentication caller) {
		Order order = this.orders.get(Customers.idOf(caller), id);
		return ResponseEntity.ok().eTag(OrderAnswers.etagOf(order)).body(OrderResponse.from(order));
	}

	@Operation(description = "The caller's orders, newest first (sort=placedAt,asc for oldest first); at most 100 "
			+ "per page")
	@GetMapping
	PagedModel<OrderResponse> list(
			@ParameterObject @PageableDefault(size = 20, sort = OrderSorting.PLACED_AT, direction = Sort.Direction.DESC)
			Pageable pageable, @Parameter(hidden = true) Authentication caller) {
		return new PagedModel<>(this.orders.list(Customers.idOf(caller), OrderSorting.checked(pageable))
			.map(OrderResponse::from));
	}

	@Operation(description = "Cancels an order that is not yet confirmed: what was reserved or paid is given back, "
			+ "then the order is CANCELLED. Answers 202 while that is under way, 200 once the order is cancelled.")
	@PostMapping("/{id}/cancel")
	ResponseEntity<OrderResponse> cancel(@PathVariable UUID id, @Parameter(hidden = true) Authentication caller) {
		Order order = this.orders.cancel(Customers.idOf(caller), id);
		HttpStatus status = (order.status() == OrderStatus.CANCELLED) ? HttpStatus.OK : HttpStatus.ACCEPTED;
		return ResponseEntity.status(status).eTag(OrderAnswers.etagOf(order)).body(OrderResponse.from(order));
	}

}
