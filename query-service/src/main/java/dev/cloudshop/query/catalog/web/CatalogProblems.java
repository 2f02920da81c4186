package dev.cloudshop.query.catalog.web;

import dev.cloudshop.query.catalog.application.ProductNotFoundException;
import dev.cloudshop.query.catalog.application.UnsupportedConsistencyTokenException;
import dev.cloudshop.query.catalog.projection.RebuildNotFoundException;
import dev.cloudshop.query.catalog.projection.RebuildRunningException;
import dev.cloudshop.query.web.ApiProblems;
import dev.cloudshop.support.consistency.InvalidConsistencyTokenException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns every failure of the catalog API into RFC 9457 Problem Details with a stable
 * {@code type} (the common ones in {@link ApiProblems}). Bad input is a 400 naming the failing
 * fields in {@code errors}; nothing a client sends yields a 500.
 */
@RestControllerAdvice(basePackageClasses = CatalogProblems.class)
class CatalogProblems extends ApiProblems {

	@ExceptionHandler
	ProblemDetail productNotFound(ProductNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "product-not-found", "Product not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail rebuildNotFound(RebuildNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "rebuild-not-found", "Rebuild not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail rebuildRunning(RebuildRunningException ex) {
		return problem(HttpStatus.CONFLICT, "rebuild-running", "A rebuild is running", ex.getMessage());
	}

	@ExceptionHandler({ InvalidConsistencyTokenException.class, UnsupportedConsistencyTokenException.class })
	ProblemDetail invalidConsistencyToken(IllegalArgumentException ex) {
		return invalidConsistencyToken(ex, "a Product or Review write");
	}

}
