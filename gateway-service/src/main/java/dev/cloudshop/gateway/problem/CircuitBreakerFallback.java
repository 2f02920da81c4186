package dev.cloudshop.gateway.problem;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;

import reactor.core.publisher.Mono;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

/**
 * Where a route's circuit breaker forwards a request it could not relay (the {@code fallbackUri}
 * of the default filter). The breaker leaves the failure in the exchange, and the answer depends
 * on it: 504 when the service was too slow, 503 with Retry-After when it could not be used.
 */
class CircuitBreakerFallback implements HandlerFunction<ServerResponse> {

    static final String PATH = "/fallback";

    private static final Log log = LogFactory.getLog(CircuitBreakerFallback.class);

    private final GatewayProblems problems;

    CircuitBreakerFallback(GatewayProblems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<ServerResponse> handle(ServerRequest request) {
        Throwable failure = request.exchange().getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (failure == null) {
            // Called from outside rather than forwarded by a breaker: there is nothing here.
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        Route route = request.exchange().getAttribute(GATEWAY_ROUTE_ATTR);
        String service = route != null ? route.getId() : "The service";
        RelayFailure reason = RelayFailure.of(failure);
        if (reason == RelayFailure.CIRCUIT_OPEN) {
            log.debug("Not relaying to %s: its circuit breaker is open".formatted(service));
        }
        else {
            log.warn("Could not relay a request to %s: %s".formatted(service, failure));
        }
        var problem = GatewayProblems.problem(reason.status(), reason.detail(service));
        problem.setProperty("service", service);
        return problems.respond(problem);
    }

}
