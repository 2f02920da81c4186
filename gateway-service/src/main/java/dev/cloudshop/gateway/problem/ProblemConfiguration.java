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
    GatewayProblems gatewayProblems(GatewayProblemProperties properties) {
        return new GatewayProblems(properties);
    }

    @Bean
    RouterFunction<ServerResponse> circuitBreakerFallbackRoute(GatewayProblems problems) {
        return RouterFunctions.route(RequestPredicates.path(CircuitBreakerFallback.PATH),
            new CircuitBreakerFallback(problems));
    }

    /** Ahead of Boot's default handler (order -1), which would answer in its own JSON shape. */
    @Bean
    @Order(-2)
    ProblemDetailsErrorHandler problemDetailsErrorHandler(GatewayProblems problems, ServerCodecConfigurer codecs) {
        return new ProblemDetailsErrorHandler(problems, codecs.getWriters());
    }

}
