package dev.cloudshop.query.sales.web;

import dev.cloudshop.support.security.CloudshopResourceServer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may read the sales figures: administrators only. A filter chain of its own for
 * {@code /api/v1/stats/**}, ahead of the catalog's, which takes every other request. The table
 * in README.md lists the same rules.
 */
@Configuration(proxyBeanMethods = false)
class SalesApiSecurity {

	@Bean
	@Order(2)
	SecurityFilterChain salesApi(HttpSecurity http, CloudshopResourceServer resourceServer) throws Exception {
		return resourceServer.applyTo(http.securityMatcher("/api/v1/stats/**"))
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole("ADMIN"))
			.build();
	}

}
