package dev.cloudshop.gateway.limits;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import dev.cloudshop.gateway.problem.GatewayProblems;

import reactor.core.publisher.Mono;

/**
 * Refuses a request whose declared body is larger than the limit with a 413 problem, before any
 * of it is relayed. It runs after authentication, so an anonymous upload to a protected path is
 * a 401 without its body being looked at. A chunked body declares no length; the services bound
 * what they read themselves.
 */
class RequestSizeLimitFilter implements WebFilter, Ordered {

    private final DataSize maxRequestSize;

    RequestSizeLimitFilter(DataSize maxRequestSize) {
        this.maxRequestSize = maxRequestSize;
    }

    @Override
    public int getOrder() {
        return 0;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        if (length > maxRequestSize.toBytes()) {
            ProblemDetail problem = GatewayProblems.problem(HttpStatus.CONTENT_TOO_LARGE,
                "The request body has %d bytes; at most %d are accepted".formatted(length, maxRequestSize.toBytes()));
            return Mono.error(new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null));
        }
        return chain.filter(exchange);
    }

}
