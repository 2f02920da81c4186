package dev.cloudshop.payment.account.web;

import dev.cloudshop.payment.account.BalanceLimitExceededException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static dev.cloudshop.support.web.ProblemDetailsHandler.problem;

/** The account rules a request can break, as Problem Details (before the service-wide advice). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountProblems {

	@ExceptionHandler
	ProblemDetail balanceLimitExceeded(BalanceLimitExceededException ex) {
		return problem(HttpStatus.CONFLICT, "balance-limit-exceeded", "Balance limit exceeded", ex.getMessage());
	}

}
