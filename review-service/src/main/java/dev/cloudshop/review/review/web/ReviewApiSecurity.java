package dev.cloudshop.review.review.web;

import dev.cloudshop.support.security.CloudshopResourceServer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what with reviews. Anyone may read them; a customer writes and edits reviews
 * (administrators and services do not); the author or an administrator removes one. Whether
 * the caller is the author is decided per review by the application. Every token is checked
 * here again, whether or not it came through the gateway. The table in README.md lists the
 * same rules.
 */
@Configuration(proxyBeanMethods = false)
class ReviewApiSecurity {

	static final String REVIEWS = "/api/v1/products/{productId}/reviews";

	private static final String ALL_REVIEWS = "/api/v1/products/*/reviews";

	private static final String ONE_REVIEW = "/api/v1/products/*/reviews/*";

	@Bean
	SecurityFilterChain reviewApi(HttpSecurity http, CloudshopResourceServer resourceServer) throws Exception {
		return resourceServer.applyTo(http)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(HttpMethod.GET, ALL_REVIEWS, ONE_REVIEW).permitAll()
				.requestMatchers(HttpMethod.HEAD, ALL_REVIEWS, ONE_REVIEW).permitAll()
				.requestMatchers(HttpMethod.POST, ALL_REVIEWS).hasRole("CUSTOMER")
				.requestMatchers(HttpMethod.PUT, ONE_REVIEW).hasRole("CUSTOMER")
				.requestMatchers(HttpMethod.DELETE, ONE_REVIEW).hasAnyRole("CUSTOMER", "ADMIN")
				// The API's own description; the gateway does not expose it.
				.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
				.anyRequest().authenticated())
			.build();
	}

}
