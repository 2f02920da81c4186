package dev.cloudshop.query.web;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.cloudshop.support.consistency.ConsistencyToken;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * What every read model's API answers alike, as RFC 9457 Problem Details with a stable
 * {@code type}: bad input is a 400 {@code invalid-request} naming the failing fields in
 * {@code errors}; the problems Spring MVC reports itself (405, 406, ...) get a type too; a
 * defect is a 500 without internals. Nothing a client sends yields a 500. Each feature's
 * {@code @RestControllerAdvice}, scoped to its controllers, extends this with its own problems.
 */
public abstract class ApiProblems extends ResponseEntityExceptionHandler {

	public static final String TYPE_PREFIX = "https://cloudshop.dev/problems/";

	@ExceptionHandler
	protected ProblemDetail invalidParameters(InvalidParametersException ex) {
		return invalidRequest("The request has invalid parameters", ex.errors());
	}

	/** A defect, not bad input: logged in full, answered without internals. */
	@ExceptionHandler
	protected ProblemDetail unexpected(Exception ex) {
		this.logger.error("Unexpected failure", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				"The request failed unexpectedly; it has been logged");
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = (ex.getPropertyName() != null) ? ex.getPropertyName() : "request";
		String message = (ex.getRequiredType() == UUID.class) ? "must be a UUID"
				: "must be of type " + ((ex.getRequiredType() != null) ? ex.getRequiredType().getSimpleName() : "another");
		return ResponseEntity.badRequest()
			.headers(headers)
			.body(invalidRequest("The request has a value of the wrong type", List.of(new InvalidField(field, message))));
	}

	/** Gives the problems Spring MVC reports itself (405, 406, ...) a type too. */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem && (problem.getType() == null
				|| URI.create("about:blank").equals(problem.getType()))) {
			problem.setType(typeFor(statusCode));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	/**
	 * A 400 {@code invalid-consistency-token} naming the header.
	 * @param writes the writes the view can wait for, e.g. "a Product or Review write"
	 */
	protected static ProblemDetail invalidConsistencyToken(IllegalArgumentException ex, String writes) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-consistency-token",
				"Invalid consistency token", ex.getMessage());
		problem.setProperty("errors", List.of(new InvalidField(ConsistencyToken.HEADER,
				"must be the " + ConsistencyToken.HEADER + " of " + writes + ", unchanged")));
		return problem;
	}

	protected static ProblemDetail invalidRequest(String detail, List<InvalidField> errors) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
		problem.setProperty("errors", errors.stream()
			.sorted(Comparator.comparing(InvalidField::field).thenComparing(InvalidField::message))
			.toList());
		return problem;
	}

	protected static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
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

}
