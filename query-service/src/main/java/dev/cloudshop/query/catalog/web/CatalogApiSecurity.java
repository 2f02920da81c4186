package dev.cloudshop.query.catalog.web;

import dev.cloudshop.support.security.CloudshopResourceServer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what with the catalog view: anyone may read it; only an administrator rebuilds it.
 * Every token is checked here again, whether or not it came through the gateway. The table in
 * README.md lists the same rules.
 */
@Configuration(proxyBeanMethods = false)
class CatalogApiSecurity {

	@Bean
	SecurityFilterChain catalogApi(HttpSecurity http, CloudshopResourceServer resourceServer) throws Exception {
		String products = CatalogController.PRODUCTS;
		String rebuilds = RebuildController.REBUILDS;
		return resourceServer.applyTo(http)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(HttpMethod.GET, products, products + "/**").permitAll()
				.requestMatchers(HttpMethod.HEAD, products, products + "/**").permitAll()
				.requestMatchers(rebuilds, rebuilds + "/**").hasRole("ADMIN")
				// The API's own description; the gateway does not expose it.
				.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
				.anyRequest().authenticated())
			.build();
	}

}
