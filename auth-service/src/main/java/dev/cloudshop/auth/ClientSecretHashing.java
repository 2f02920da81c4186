package dev.cloudshop.auth;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerProperties;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hashes the client secrets of the registered clients
 * ({@code spring.security.oauth2.authorizationserver.client.*}) that the environment gives in
 * plain text (as it gives them to the services that use them), before Spring Boot registers
 * the clients. The client repository thus only ever holds encoded secrets.
 */
final class ClientSecretHashing implements BeanPostProcessor {

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof OAuth2AuthorizationServerProperties properties) {
			properties.getClient().forEach((key, client) -> {
				var registration = client.getRegistration();
				if (registration.getClientSecret() != null) {
					registration.setClientSecret(ConfiguredSecrets.encoded(registration.getClientSecret(),
							"client secret of " + key, this.encoder));
				}
			});
		}
		return bean;
	}

}
