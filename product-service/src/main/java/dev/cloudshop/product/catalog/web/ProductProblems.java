package dev.cloudshop.product.catalog.web;

import java.util.List;

import dev.cloudshop.product.catalog.DuplicateSkuException;
import dev.cloudshop.product.catalog.InsufficientStockException;
import dev.cloudshop.product.catalog.ProductDiscontinuedException;
import dev.cloudshop.product.catalog.StockLimitExceededException;
import dev.cloudshop.product.catalog.application.ProductNotFoundException;
import dev.cloudshop.product.catalog.application.StaleProductVersionException;
import dev.cloudshop.product.catalog.web.ProductSorting.InvalidSortException;
import dev.cloudshop.support.web.ProblemDetailsHandler;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The catalog's problems on top of what every service answers alike: an unknown product is
 * 404, broken catalog rules are 409, a stale {@code If-Match} is 412, a sort by an unsortable
 * property is 400.
 */
@RestControllerAdvice
class ProductProblems extends ProblemDetailsHandler {

	@ExceptionHandler
	ProblemDetail productNotFound(ProductNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "product-not-found", "Product not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail duplicateSku(DuplicateSkuException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "duplicate-sku", "SKU already taken", ex.getMessage());
		problem.setProperty("sku", ex.sku());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail productDiscontinued(ProductDiscontinuedException ex) {
		return problem(HttpStatus.CONFLICT, "product-discontinued", "Product is discontinued", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail insufficientStock(InsufficientStockException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "insufficient-stock", "Not enough stock",
				ex.getMessage());
		problem.setProperty("stock", ex.stock());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail stockLimitExceeded(StockLimitExceededException ex) {
		return problem(HttpStatus.CONFLICT, "stock-limit-exceeded", "Stock limit exceeded", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail staleVersion(StaleProductVersionException ex) {
		ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, "stale-version",
				"Product changed since it was read", ex.getMessage());
		problem.setProperty("currentVersion", ex.currentVersion());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalidSort(InvalidSortException ex) {
		return invalidRequest(ex.getMessage(), List.of(new InvalidField("sort",
				"'" + ex.property() + "' is not sortable; sort by one of " + ProductSorting.SORTABLE)));
	}

}
