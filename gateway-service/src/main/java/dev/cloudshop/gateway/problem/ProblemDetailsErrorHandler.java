package dev.cloudshop.gateway.problem;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Answers, as Problem Details, every error that reaches the gateway's own web layer rather than
 * a circuit breaker: no route for the path (404), an actuator endpoint that is not exposed (404),
 * a request the gateway refuses (413, 429, with the headers the refusal carries), a request it
 * cannot read, and any failure of its own (500, logged).
 */
class ProblemDetailsErrorHandler implements ErrorWebExceptionHandler {

    private static final Log log = LogFactory.getLog(ProblemDetailsErrorHandler.class);

    private final GatewayProblems problems;

    ProblemDetailsErrorHandler(GatewayProblems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        HttpHeaders headers = (error instanceof ErrorResponse known) ? known.getHeaders() : HttpHeaders.EMPTY;
        return problems.write(exchange, problemFor(exchange, error), headers);
    }

    private ProblemDetail problemFor(ServerWebExchange exchange, Throwable error) {
        if (error instanceof ErrorResponse known) {
            HttpStatusCode status = known.getStatusCode();
            if (status.value() == HttpStatus.NOT_FOUND.value()) {
                return GatewayProblems.problem(status, "Nothing is served at %s %s"
                    .formatted(exchange.getRequest().getMethod(), exchange.getRequest().getPath()));
            }
            String detail = known.getBody().getDetail();
            return GatewayProblems.problem(status, detail != null ? detail : known.getBody().getTitle());
        }
        log.error("Failed to handle %s %s".formatted(exchange.getRequest().getMethod(),
            exchange.getRequest().getPath()), error);
        return GatewayProblems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "The gateway failed to handle the request");
    }

}
