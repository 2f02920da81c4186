package dev.cloudshop.query.orders.web;

import dev.cloudshop.query.orders.application.OrderNotFoundException;
import dev.cloudshop.query.orders.application.UnsupportedConsistencyTokenException;
import dev.cloudshop.query.web.ApiProblems;
import dev.cloudshop.support.consistency.InvalidConsistencyTokenException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns every failure of the order view's API into RFC 9457 Problem Details with a stable
 * {@code type} (the common ones in {@link ApiProblems}).
 */
@RestControllerAdvice(basePackageClasses = OrderProblems.class)
class OrderProblems extends ApiProblems {

	@ExceptionHandler
	ProblemDetail orderNotFound(OrderNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "order-not-found", "Order not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail notACustomer(NotACustomerException ex) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", ex.getMessage());
	}

	@ExceptionHandler({ InvalidConsistencyTokenException.class, UnsupportedConsistencyTokenException.class })
	ProblemDetail invalidConsistencyToken(IllegalArgumentException ex) {
		return invalidConsistencyToken(ex, "an Order write");
	}

}
