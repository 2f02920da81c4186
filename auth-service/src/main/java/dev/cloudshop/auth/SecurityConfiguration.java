package dev.cloudshop.auth;

import java.util.Set;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import static org.springframework.security.config.Customizer.withDefaults;

/**
 * Two filter chains: the protocol endpoints of the authorization server (authorize, token,
 * JWKS, discovery, UserInfo, ...), and everything else, which is the sign-in form and the
 * public Actuator endpoints.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServerFilterChain(HttpSecurity http) throws Exception {
		http.oauth2AuthorizationServer(server -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.oidc(withDefaults());
		})
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			// UserInfo accepts this server's own access tokens.
			.oauth2ResourceServer(resourceServer -> resourceServer.jwt(withDefaults()))
			// A browser at the authorization endpoint that has not signed in is sent to the form.
			.exceptionHandling(exceptions -> exceptions
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), htmlRequests()));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain signInFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers(EndpointRequest.to("health", "info", "prometheus")).permitAll()
			.requestMatchers("/error").permitAll()
			.anyRequest().authenticated())
			.formLogin(withDefaults());
		return http.build();
	}

	/** Verifies any {@code {id}}-prefixed hash and encodes new secrets with bcrypt. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	static ClientSecretHashing clientSecretHashing() {
		return new ClientSecretHashing();
	}

	private static MediaTypeRequestMatcher htmlRequests() {
		MediaTypeRequestMatcher matcher = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		matcher.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return matcher;
	}

}
