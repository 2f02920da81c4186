package dev.cloudshop.support.web;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.cloudshop.support.security.NotACustomerException;
import dev.cloudshop.support.web.IfMatch.PreconditionRequiredException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
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
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * What every service's API answers alike, as RFC 9457 Problem Details with a stable
 * {@code type} under {@value #TYPE_PREFIX}: bad input is a 400 ({@code malformed-request} for a
 * body that is not JSON, otherwise {@code invalid-request} naming the failing fields in
 * {@code errors}); a change without {@code If-Match} is a 428; a customer token whose subject is
 * no customer id is a 403; the problems Spring MVC reports itself (404 for an unknown path, 405,
 * 406, 415, ...) get a type too; a defect is a 500 without internals. Nothing a client sends
 * yields a 500.
 * <p>
 * A service's {@code @RestControllerAdvice} extends it and adds only its own domain exceptions,
 * answered with {@link #problem} and {@link #invalidRequest}.
 */
public abstract class ProblemDetailsHandler extends ResponseEntityExceptionHandler {

	public static final String TYPE_PREFIX = "https://cloudshop.dev/problems/";

	/** One failing input: the field (JSON property, path, query or header name) and why. */
	public record InvalidField(String field, String message) {
	}

	/**
	 * A problem of type {@value #TYPE_PREFIX}{@code <name>}.
	 * @param name the problem's kebab-case name, e.g. {@code product-not-found}
	 */
	public static ProblemDetail problem(HttpStatus status, String name, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_PREFIX + name));
		problem.setTitle(title);
		return problem;
	}

	/** A 400 {@code invalid-request} listing the failing fields, sorted by field and message. */
	public static ProblemDetail invalidRequest(String detail, List<InvalidField> errors) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
		problem.setProperty("errors", errors.stream()
			.sorted(Comparator.comparing(InvalidField::field).thenComparing(InvalidField::message))
			.toList());
		return problem;
	}

	@ExceptionHandler
	protected ProblemDetail preconditionRequired(PreconditionRequiredException ex) {
		return problem(HttpStatus.PRECONDITION_REQUIRED, "precondition-required", "If-Match required",
				ex.getMessage());
	}

	@ExceptionHandler
	protected ProblemDetail notACustomer(NotACustomerException ex) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", ex.getMessage());
	}

	/** A defect, not bad input: logged in full, answered without internals. */
	@ExceptionHandler
	protected ProblemDetail unexpected(Exception ex) {
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
		return badRequest(headers, invalidRequest("The request has invalid fields", errors));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return badRequest(headers, invalidRequest("The request lacks a required parameter",
				List.of(new InvalidField(ex.getParameterName(), "is required"))));
	}

	@Override
	protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex instanceof MissingRequestHeaderException missing) {
			return badRequest(headers, invalidRequest("The request lacks a required header",
					List.of(new InvalidField(missing.getHeaderName(), "is required"))));
		}
		return super.handleServletRequestBindingException(ex, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = (ex.getPropertyName() != null) ? ex.getPropertyName() : "request";
		String message = "must be " + describe(ex.getRequiredType());
		return badRequest(headers, invalidRequest("The request has a value of the wrong type",
				List.of(new InvalidField(field, message))));
	}

	/**
	 * A body that is not JSON (even where the parser knows the field it was in) is malformed;
	 * JSON with a value of the wrong type (or out of range) is invalid and names the field, as
	 * the parser reports it.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		JacksonException jackson = findCause(ex, JacksonException.class);
		boolean notJson = jackson instanceof StreamReadException && !(jackson instanceof InputCoercionException);
		if (jackson != null && !notJson && !jackson.getPath().isEmpty()) {
			String message = "has a value that cannot be read";
			if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
				message = "must be " + describe(mismatch.getTargetType());
			}
			else if (jackson instanceof InputCoercionException) {
				message = "is out of range";
			}
			return badRequest(headers, invalidRequest("The request has a value of the wrong type",
					List.of(new InvalidField(pathOf(jackson), message))));
		}
		return badRequest(headers, problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
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

	private static ResponseEntity<Object> badRequest(HttpHeaders headers, ProblemDetail problem) {
		return ResponseEntity.badRequest().headers(headers).body(problem);
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
