package dev.cloudshop.query.orders.web;

import dev.cloudshop.support.security.CloudshopResourceServer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may read the order view: a customer, and only their own orders (the queries are scoped by
 * the token's subject). A filter chain of its own for {@code /api/v1/me/**}, ahead of the
 * catalog's, which takes every other request. The table in README.md lists the same rules.
 */
@Configuration(proxyBeanMethods = false)
class OrdersApiSecurity {

	@Bean
	@Order(1)
	SecurityFilterChain ordersApi(HttpSecurity http, CloudshopResourceServer resourceServer) throws Exception {
		return resourceServer.applyTo(http.securityMatcher("/api/v1/me/**"))
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole("CUSTOMER"))
			.build();
	}

}
