package dev.cloudshop.order.order.web;

import dev.cloudshop.support.security.CloudshopResourceServer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what with orders: customers only, each with their own orders (scoped in the
 * queries by the token's subject; another customer's order is not found). Administrators and
 * services have no business here. Every token is checked here again, whether or not it came
 * through the gateway. The table in README.md lists the same rules.
 */
@Configuration(proxyBeanMethods = false)
class OrderApiSecurity {

	static final String ORDERS = "/api/v1/orders";

	@Bean
	SecurityFilterChain orderApi(HttpSecurity http, CloudshopResourceServer resourceServer) throws Exception {
		return resourceServer.applyTo(http)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(ORDERS, ORDERS + "/**").hasRole("CUSTOMER")
				// The API's own description; the gateway does not expose it.
				.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
				.anyRequest().authenticated())
			.build();
	}

}
