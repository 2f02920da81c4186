package dev.cloudshop.product.catalog.web;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.cloudshop.product.catalog.DuplicateSkuException;
import dev.cloudshop.product.catalog.InsufficientStockException;
import dev.cloudshop.product.catalog.ProductDiscontinuedException;
import dev.cloudshop.product.catalog.StockLimitExceededException;
import dev.cloudshop.product.catalog.application.ProductNotFoundException;
import dev.cloudshop.product.catalog.application.StaleProductVersionException;
import dev.cloudshop.product.catalog.web.IfMatch.PreconditionRequiredException;
import dev.cloudshop.product.catalog.web.ProductSorting.InvalidSortException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into RFC 9457 Problem Details with a stable {@code type}. Input problems
 * are 400 and name the failing fields in {@code errors}; broken catalog rules are 409; nothing
 * a client sends yields a 500.
 */
@RestControllerAdvice
class ProductProblems extends ResponseEntityExceptionHandler {

	static final String TYPE_PREFIX = "https://cloudshop.dev/problems/";

	/** One failing input: the field (JSON property, path, query or header name) and why. */
	record InvalidField(String field, String message) {
	}

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
	ProblemDetail preconditionRequired(PreconditionRequiredException ex) {
		return problem(HttpStatus.PRECONDITION_REQUIRED, "precondition-required", "If-Match required",
				ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalidSort(InvalidSortException ex) {
		return invalidRequest(ex.getMessage(), List.of(new InvalidField("sort",
				"'" + ex.property() + "' is not sortable; sort by one of " + ProductSorting.SORTABLE)));
	}

	/** A defect, not bad input: logged in full, answered without internals. */
	@ExceptionHandler
	ProblemDetail unexpected(Exception ex) {
		this.logger.error("Unexpected failure", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				"The request failed unexpectedly; it has been logged");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidField> errors = ex.getBindingResult()
			.getAllErrors()
			.stream()
			.map((error) -> new InvalidField(
					(error instanceof FieldError fieldError) ? fieldError.getField() : error.getObjectName(),
					error.getDefaultMessage()))
			.toList();
		return ResponseEntity.badRequest().headers(headers).body(invalidRequest("The request has invalid fields", errors));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = (ex.getPropertyName() != null) ? ex.getPropertyName() : "request";
		String message = "must be " + describe(ex.getRequiredType());
		return ResponseEntity.badRequest()
			.headers(headers)
			.body(invalidRequest("The request has a value of the wrong type", List.of(new InvalidField(field, message))));
	}

	/**
	 * A body that is not JSON is malformed; JSON with a value of the wrong type (or out of
	 * range) is invalid and names the field, as the parser reports it.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		JacksonException jackson = findCause(ex, JacksonException.class);
		if (jackson != null && !jackson.getPath().isEmpty()) {
			String message = "has a value that cannot be read";
			if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
				message = "must be " + describe(mismatch.getTargetType());
			}
			else if (jackson instanceof InputCoercionException) {
				message = "is out of range";
			}
			InvalidField error = new InvalidField(pathOf(jackson), message);
			return ResponseEntity.badRequest()
				.headers(headers)
				.body(invalidRequest("The request has a value of the wrong type", List.of(error)));
		}
		return ResponseEntity.badRequest()
			.headers(headers)
			.body(problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
					"The request body is missing or is not valid JSON"));
	}

	/** Gives the problems Spring MVC reports itself (405, 406, 415, unknown path...) a type too. */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem && (problem.getType() == null
				|| URI.create("about:blank").equals(problem.getType()))) {
			problem.setType(typeFor(statusCode));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private static ProblemDetail invalidRequest(String detail, List<InvalidField> errors) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
		problem.setProperty("errors", errors.stream()
			.sorted(Comparator.comparing(InvalidField::field).thenComparing(InvalidField::message))
			.toList());
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_PREFIX + type));
		problem.setTitle(title);
		return problem;
	}

	private static URI typeFor(HttpStatusCode statusCode) {
		HttpStatus status = HttpStatus.resolve(statusCode.value());
		String name = (status != null) ? status.getReasonPhrase() : "http-" + statusCode.value();
		return URI.create(TYPE_PREFIX + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
	}

	private static String pathOf(JacksonException ex) {
		return ex.getPath().stream().map((reference) -> (reference.getPropertyName() != null)
				? "." + reference.getPropertyName() : "[" + reference.getIndex() + "]")
			.collect(Collectors.joining())
			.replaceFirst("^\\.", "");
	}

	private static String describe(Class<?> type) {
		if (type == null) {
			return "of another type";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "a whole number in range";
		}
		if (Number.class.isAssignableFrom(type)) {
			return "a number";
		}
		if (type == String.class) {
			return "a string";
		}
		if (type == UUID.class) {
			return "a UUID";
		}
		return "of type " + type.getSimpleName();
	}

	private static <T extends Throwable> T findCause(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
