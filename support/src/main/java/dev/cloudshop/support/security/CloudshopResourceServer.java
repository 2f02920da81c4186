package dev.cloudshop.support.security;

import jakarta.servlet.DispatcherType;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * The part of a business service's security that is the same everywhere: a stateless resource
 * server that accepts only Cloudshop access tokens (signature against auth-service's JWKS,
 * issuer, audience and expiry, from {@code spring.security.oauth2.resourceserver.jwt.*} in
 * config-repo/application.yml), maps {@code roles} to {@code ROLE_*}, answers 401/403 as Problem
 * Details and lets health, info and prometheus through. A service adds its own rules after it:
 *
 * <pre>{@code
 * @Bean
 * SecurityFilterChain api(HttpSecurity http, CloudshopResourceServer resourceServer) throws Exception {
 *     return resourceServer.applyTo(http)
 *         .authorizeHttpRequests((requests) -> requests
 *             .requestMatchers(HttpMethod.GET, "/api/v1/things/**").permitAll()
 *             .anyRequest().hasRole("ADMIN"))
 *         .build();
 * }
 * }</pre>
 */
public final class CloudshopResourceServer {

	private final JwtAuthenticationConverter authenticationConverter;

	private final ProblemDetailsAuthenticationHandlers problems = new ProblemDetailsAuthenticationHandlers();

	public CloudshopResourceServer(JwtAuthenticationConverter authenticationConverter) {
		this.authenticationConverter = authenticationConverter;
	}

	public HttpSecurity applyTo(HttpSecurity http) throws Exception {
		return http
			// Bearer tokens, no cookies: nothing for a cross-site request to ride on, nothing to keep.
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.oauth2ResourceServer((resourceServer) -> resourceServer
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(this.authenticationConverter))
				.authenticationEntryPoint(this.problems)
				.accessDeniedHandler(this.problems))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(this.problems)
				.accessDeniedHandler(this.problems))
			.authorizeHttpRequests((requests) -> requests
				// An error page rendered for a request already checked (or refused) by the rules.
				.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
				.permitAll());
	}

}
