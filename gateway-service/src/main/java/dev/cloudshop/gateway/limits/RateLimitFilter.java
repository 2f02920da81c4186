package dev.cloudshop.gateway.limits;

import java.net.InetSocketAddress;
import java.util.Map;

import dev.cloudshop.gateway.problem.GatewayProblems;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

/**
 * Applies the rate limits to every routed request, after authentication: a caller with a token
 * spends from the budget of its subject ({@code sub}), a caller without one from the budget of
 * its IP address. Every answer carries {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset}; a refusal is a 429 problem with {@code Retry-After}, and the request
 * never reaches the service. Runs before the route's circuit breaker, so refusals do not count
 * as failures of the service.
 */
class RateLimitFilter implements GlobalFilter, Ordered {

    private final RateLimiter<?> authenticated;

    private final RateLimiter<?> anonymous;

    RateLimitFilter(RateLimiter<?> authenticated, RateLimiter<?> anonymous) {
        this.authenticated = authenticated;
        this.anonymous = anonymous;
    }

    @Override
    public int getOrder() {
        return -1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(GATEWAY_ROUTE_ATTR);
        String routeId = route != null ? route.getId() : "";
        return exchange.getPrincipal()
            .flatMap(principal -> authenticated.isAllowed(routeId, "sub:" + principal.getName()))
            .switchIfEmpty(Mono.defer(() -> anonymous.isAllowed(routeId, "ip:" + clientAddress(exchange))))
            .flatMap(decision -> {
                if (decision.isAllowed()) {
                    decision.getHeaders().forEach(exchange.getResponse().getHeaders()::set);
                    return chain.filter(exchange);
                }
                return Mono.error(tooManyRequests(decision.getHeaders()));
            });
    }

    private static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    private static ErrorResponseException tooManyRequests(Map<String, String> headers) {
        ProblemDetail problem = GatewayProblems.problem(HttpStatus.TOO_MANY_REQUESTS,
            "Too many requests; try again in %s s".formatted(headers.get(TokenBucketRateLimiter.RETRY_AFTER_HEADER)));
        ErrorResponseException refusal = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, problem, null);
        headers.forEach(refusal.getHeaders()::set);
        return refusal;
    }

}
