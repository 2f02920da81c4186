package dev.cloudshop.payment.web;

import dev.cloudshop.support.web.ProblemDetailsHandler;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns every failure no feature answers itself into RFC 9457 Problem Details, as every service
 * does. The features' own advice (their rule exceptions) comes first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblems extends ProblemDetailsHandler {

}
