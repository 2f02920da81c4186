package dev.cloudshop.payment.web;

import dev.cloudshop.support.security.CloudshopResourceServer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what: accounts and payments belong to customers, so every endpoint needs the
 * CUSTOMER role and acts on the caller's own data (the token's subject); administrators and
 * services are refused. Every token is checked here again, whether or not it came through the
 * gateway. The table in README.md lists the same rules.
 */
@Configuration(proxyBeanMethods = false)
class PaymentApiSecurity {

	static final String ACCOUNTS = "/api/v1/accounts";

	static final String PAYMENTS = "/api/v1/payments";

	@Bean
	SecurityFilterChain paymentApi(HttpSecurity http, CloudshopResourceServer resourceServer) throws Exception {
		return resourceServer.applyTo(http)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(ACCOUNTS, ACCOUNTS + "/**", PAYMENTS, PAYMENTS + "/**").hasRole("CUSTOMER")
				// The API's own description; the gateway does not expose it.
				.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
				.anyRequest().authenticated())
			.build();
	}

}
