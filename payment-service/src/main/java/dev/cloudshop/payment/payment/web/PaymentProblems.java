package dev.cloudshop.payment.payment.web;

import dev.cloudshop.payment.payment.application.PaymentNotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static dev.cloudshop.support.web.ProblemDetailsHandler.problem;

/** The payment answers a request can get besides its result, as Problem Details (before the service-wide advice). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PaymentProblems {

	@ExceptionHandler
	ProblemDetail paymentNotFound(PaymentNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "payment-not-found", "Payment not found", ex.getMessage());
	}

}
