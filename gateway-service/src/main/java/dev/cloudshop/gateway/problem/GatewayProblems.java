package dev.cloudshop.gateway.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * The RFC 9457 answers the gateway gives itself. The type of each is a stable URI named after
 * its status ({@code https://cloudshop.dev/problems/service-unavailable}), and every 503 tells
 * the client when to try again. Security and limits answer through it as well.
 */
public final class GatewayProblems {

    private static final String TYPE_BASE = "https://cloudshop.dev/problems/";

    private final GatewayProblemProperties properties;

    private final ServerResponse.Context context;

    GatewayProblems(GatewayProblemProperties properties, List<HttpMessageWriter<?>> messageWriters) {
        this.properties = properties;
        this.context = new ServerResponse.Context() {

            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return messageWriters;
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }

        };
    }

    public static ProblemDetail problem(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        HttpStatus known = HttpStatus.resolve(status.value());
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status.value();
        problem.setTitle(title);
        problem.setType(URI.create(TYPE_BASE + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")));
        return problem;
    }

    Mono<ServerResponse> respond(ProblemDetail problem) {
        return respond(problem, HttpHeaders.EMPTY);
    }

    Mono<ServerResponse> respond(ProblemDetail problem, HttpHeaders headers) {
        ServerResponse.BodyBuilder response = ServerResponse.status(problem.getStatus())
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .headers((all) -> all.addAll(headers));
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(properties.retryAfter().toSeconds()));
        }
        return response.bodyValue(problem);
    }

    /** Writes the problem as the exchange's response, with the request's path as its instance. */
    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem, HttpHeaders headers) {
        problem.setInstance(URI.create(exchange.getRequest().getURI().getRawPath()));
        return respond(problem, headers).flatMap((response) -> response.writeTo(exchange, this.context));
    }

}
