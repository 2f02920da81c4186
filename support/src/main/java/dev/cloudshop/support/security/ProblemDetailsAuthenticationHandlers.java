package dev.cloudshop.support.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as RFC 9457 Problem Details. The standard bearer-token handlers set the status
 * and the {@code WWW-Authenticate} header (RFC 6750: {@code error="invalid_token"} and why);
 * the body says the same for people and for clients that read Problem Details.
 */
public final class ProblemDetailsAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final String TYPE_PREFIX = "https://cloudshop.dev/problems/";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BearerTokenAuthenticationEntryPoint entryPoint = new BearerTokenAuthenticationEntryPoint();

	private final BearerTokenAccessDeniedHandler accessDenied = new BearerTokenAccessDeniedHandler();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		this.entryPoint.commence(request, response, authException);
		String detail = (request.getHeader("Authorization") == null)
				? "This operation needs a bearer token (Authorization: Bearer ...)"
				: "The bearer token was refused: " + authException.getMessage();
		write(request, response, HttpStatus.UNAUTHORIZED, detail);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		this.accessDenied.handle(request, response, accessDeniedException);
		write(request, response, HttpStatus.FORBIDDEN, "The token does not grant the role this operation needs");
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String detail) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", TYPE_PREFIX + status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-'));
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(JSON.writeValueAsBytes(problem));
	}

}
