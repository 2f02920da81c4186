package dev.cloudshop.gateway.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import dev.cloudshop.gateway.problem.GatewayProblems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * 401 and 403 as Problem Details, with the {@code WWW-Authenticate} challenge of RFC 6750:
 * {@code Bearer} alone when no token came, {@code Bearer error="invalid_token", ...} when
 * the token was refused (bad signature, other issuer or audience, expired).
 */
class ProblemDetailsAuthenticationHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private final GatewayProblems problems;

    ProblemDetailsAuthenticationHandlers(GatewayProblems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        Map<String, String> challenge = new LinkedHashMap<>();
        String detail = "This operation needs a bearer token (Authorization: Bearer ...)";
        if (failure instanceof OAuth2AuthenticationException refused) {
            OAuth2Error error = refused.getError();
            challenge.put("error", error.getErrorCode());
            if (error.getDescription() != null) {
                challenge.put("error_description", error.getDescription());
            }
            if (error.getUri() != null) {
                challenge.put("error_uri", error.getUri());
            }
            detail = "The bearer token was refused: " + (error.getDescription() != null
                ? error.getDescription() : error.getErrorCode());
        }
        return respond(exchange, HttpStatus.UNAUTHORIZED, detail, challenge);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        Map<String, String> challenge = new LinkedHashMap<>();
        challenge.put("error", "insufficient_scope");
        challenge.put("error_description", "The request requires higher privileges than provided by the access token.");
        return respond(exchange, HttpStatus.FORBIDDEN, "The token does not grant access to this operation", challenge);
    }

    private Mono<Void> respond(ServerWebExchange exchange, HttpStatus status, String detail,
            Map<String, String> challenge) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, challenge.isEmpty() ? "Bearer" : "Bearer " + challenge.entrySet()
            .stream()
            .map(parameter -> parameter.getKey() + "=\"" + parameter.getValue().replace("\"", "'") + "\"")
            .collect(Collectors.joining(", ")));
        return problems.write(exchange, GatewayProblems.problem(status, detail), headers);
    }

}
