package dev.cloudshop.product.catalog.web;

import dev.cloudshop.support.security.CloudshopResourceServer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what with the catalog. Anyone may read it; only an administrator changes it
 * (products and stock). Every token is checked here again, whether or not it came through
 * the gateway. The table in README.md lists the same rules.
 */
@Configuration(proxyBeanMethods = false)
class ProductApiSecurity {

	static final String PRODUCTS = "/api/v1/products";

	@Bean
	SecurityFilterChain productApi(HttpSecurity http, CloudshopResourceServer resourceServer) throws Exception {
		return resourceServer.applyTo(http)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(HttpMethod.GET, PRODUCTS, PRODUCTS + "/**").permitAll()
				.requestMatchers(HttpMethod.HEAD, PRODUCTS, PRODUCTS + "/**").permitAll()
				.requestMatchers(PRODUCTS, PRODUCTS + "/**").hasRole("ADMIN")
				// The API's own description; the gateway does not expose it.
				.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
				.anyRequest().authenticated())
			.build();
	}

}
