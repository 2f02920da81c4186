package dev.cloudshop.gateway.problem;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GatewayProblemProperties.class)
class ProblemConfiguration {

    @Bean
    GatewayProblems gatewayProblems(GatewayProblemProperties properties, ServerCodecConfigurer codecs) {
        return new GatewayProblems(properties, codecs.getWriters());
    }

    @Bean
    RouterFunction<ServerResponse> circuitBreakerFallbackRoute(GatewayProblems problems) {
        return RouterFunctions.route(RequestPredicates.path(CircuitBreakerFallback.PATH),
            new CircuitBreakerFallback(problems));
    }

    /** Ahead of Boot's default handler (order -1), which would answer in its own JSON shape. */
    @Bean
    @Order(-2)
    ProblemDetailsErrorHandler problemDetailsErrorHandler(GatewayProblems problems) {
        return new ProblemDetailsErrorHandler(problems);
    }

}
