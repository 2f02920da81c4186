package dev.cloudshop.gateway.security;

import java.util.List;

import dev.cloudshop.gateway.problem.GatewayProblems;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * The gateway's front door. Every {@code /api/**} request needs a valid Cloudshop access token
 * (signature against auth-service's JWKS, issuer, audience, expiry: config-repo/application.yml)
 * except the public reads ({@link #PUBLIC_READS}), where a token, if sent, must still be valid.
 * The token is relayed unchanged in {@code Authorization}, and each service checks it again and
 * decides on roles. Health, info and prometheus are open; nothing else is. Stateless: no session,
 * no cookie, so no CSRF token either.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(GatewaySecurityProperties.class)
class GatewaySecurity {

    /**
     * What anyone may GET or HEAD: product-service's catalog, a product's reviews (review-service;
     * under the catalog's paths, listed on their own so that narrowing those never closes them)
     * and query-service's catalog view. Everything else under {@code /api/**}, such as
     * {@code /api/v1/catalog/rebuilds}, orders, accounts, payments and a customer's own views
     * ({@code /api/v1/me/**}), needs a token.
     */
    private static final String[] PUBLIC_READS = { "/api/v1/products", "/api/v1/products/**",
        "/api/v1/products/*/reviews", "/api/v1/products/*/reviews/*",
        "/api/v1/catalog/products", "/api/v1/catalog/products/**" };

    /**
     * A write answers with the {@code Consistency-Token} it produced; a read may send it back and
     * answers with {@code Consistency-Status} (whether its view has caught up).
     */
    private static final String CONSISTENCY_TOKEN = "Consistency-Token";

    private static final String CONSISTENCY_STATUS = "Consistency-Status";

    /** What a browser may read of an answer, beyond the CORS-safelisted headers. */
    private static final List<String> EXPOSED_HEADERS = List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION,
        HttpHeaders.RETRY_AFTER, HttpHeaders.WWW_AUTHENTICATE, "RateLimit-Limit", "RateLimit-Remaining",
        "RateLimit-Reset", "X-Request-Id", CONSISTENCY_TOKEN, CONSISTENCY_STATUS);

    /** A JSON API renders nothing a browser should run, embed or submit. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Bean
    SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, GatewayProblems problems) {
        var problemHandlers = new ProblemDetailsAuthenticationHandlers(problems);
        return http
            .csrf(ServerHttpSecurity.CsrfSpec::disable)
            .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
            .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
            .logout(ServerHttpSecurity.LogoutSpec::disable)
            .requestCache(cache -> cache.disable())
            .cors(cors -> { })
            .authorizeExchange(exchanges -> exchanges
                .pathMatchers(HttpMethod.GET, PUBLIC_READS).permitAll()
                .pathMatchers(HttpMethod.HEAD, PUBLIC_READS).permitAll()
                .pathMatchers("/api/**").authenticated()
                .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                // Answers 404 unless a circuit breaker forwarded the request here.
                .pathMatchers("/fallback").permitAll()
                .anyExchange().authenticated())
            .oauth2ResourceServer(resourceServer -> resourceServer
                .jwt(jwt -> { })
                .authenticationEntryPoint(problemHandlers)
                .accessDeniedHandler(problemHandlers))
            .exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint(problemHandlers)
                .accessDeniedHandler(problemHandlers))
            // X-Content-Type-Options: nosniff and Cache-Control for answers that set none stay on by
            // default; HSTS is only ever sent over https.
            .headers(headers -> headers
                .frameOptions(frames -> frames.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
            .build();
    }

    /** The storefront may call the API from a browser; bearer tokens, so no credentials (cookies). */
    @Bean
    CorsConfigurationSource corsConfigurationSource(GatewaySecurityProperties properties) {
        CorsConfiguration storefront = new CorsConfiguration();
        storefront.setAllowedOrigins(properties.allowedOrigins());
        storefront.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
        storefront.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.IF_MATCH,
            HttpHeaders.IF_NONE_MATCH, "Idempotency-Key", CONSISTENCY_TOKEN, "X-Request-Id", "traceparent"));
        storefront.setExposedHeaders(EXPOSED_HEADERS);
        storefront.setAllowCredentials(false);
        storefront.setMaxAge(properties.maxAge());
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", storefront);
        return source;
    }

}
