package dev.cloudshop.order.order.web;

import java.util.List;

import dev.cloudshop.order.checkout.MixedCurrenciesException;
import dev.cloudshop.order.checkout.PricingUnavailableException;
import dev.cloudshop.order.checkout.ProductUnavailableException;
import dev.cloudshop.order.checkout.UnknownProductException;
import dev.cloudshop.order.idempotency.IdempotencyKeyReusedException;
import dev.cloudshop.order.idempotency.IdempotentRequest;
import dev.cloudshop.order.order.OrderNotCancellableException;
import dev.cloudshop.order.order.application.OrderNotFoundException;
import dev.cloudshop.order.order.web.OrderAnswers.InvalidIdempotencyKeyException;
import dev.cloudshop.order.order.web.OrderSorting.InvalidSortException;
import dev.cloudshop.support.web.ProblemDetailsHandler;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The orders' problems on top of what every service answers alike: an unknown order is 404; an
 * order that cannot be placed as asked is 422; a cancel too late is 409; prices that cannot be
 * had now are 503 with {@code Retry-After}; a bad {@code Idempotency-Key} or sort is 400.
 */
@RestControllerAdvice
class OrderProblems extends ProblemDetailsHandler {

	@ExceptionHandler
	ProblemDetail orderNotFound(OrderNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "order-not-found", "Order not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail notCancellable(OrderNotCancellableException ex) {
		return problem(HttpStatus.CONFLICT, "order-not-cancellable", "Order can no longer be cancelled",
				ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail unknownProduct(UnknownProductException ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-product", "Unknown product",
				ex.getMessage());
		problem.setProperty("productIds", ex.productIds());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail productUnavailable(ProductUnavailableException ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "product-unavailable",
				"Product no longer available", ex.getMessage());
		problem.setProperty("productIds", ex.productIds());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail mixedCurrencies(MixedCurrenciesException ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "mixed-currencies",
				"Products priced in different currencies", ex.getMessage());
		problem.setProperty("currencies", ex.currencies());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail idempotencyKeyReused(IdempotencyKeyReusedException ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Idempotency-Key reused",
				ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> pricingUnavailable(PricingUnavailableException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfter().toSeconds()))
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "pricing-unavailable", "Prices unavailable",
					ex.getMessage()));
	}

	@ExceptionHandler
	ProblemDetail invalidIdempotencyKey(InvalidIdempotencyKeyException ex) {
		return invalidRequest(ex.getMessage(), List.of(new InvalidField(IdempotentRequest.HEADER,
				"must be 1 to " + IdempotentRequest.MAX_KEY_LENGTH + " printable ASCII characters")));
	}

	@ExceptionHandler
	ProblemDetail invalidSort(InvalidSortException ex) {
		return invalidRequest(ex.getMessage(), List.of(new InvalidField("sort",
				"'" + ex.property() + "' is not sortable; sort by one of " + OrderSorting.SORTABLE)));
	}

}
