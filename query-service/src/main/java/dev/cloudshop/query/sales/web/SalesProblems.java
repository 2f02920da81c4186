package dev.cloudshop.query.sales.web;

import dev.cloudshop.query.web.ApiProblems;

import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns every failure of the sales API into RFC 9457 Problem Details ({@link ApiProblems}). */
@RestControllerAdvice(basePackageClasses = SalesProblems.class)
class SalesProblems extends ApiProblems {

}
