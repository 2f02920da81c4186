package dev.cloudshop.auth;

import org.junit.jupiter.api.Test;

import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerProperties;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class ClientSecretHashingTests {

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	@Test
	void hashesASecretTheEnvironmentGaveInPlainText() {
		OAuth2AuthorizationServerProperties properties = clientWithSecret("from-the-environment");

		new ClientSecretHashing().postProcessAfterInitialization(properties, "properties");

		String stored = secretOf(properties);
		assertThat(stored).startsWith("{bcrypt}");
		assertThat(this.encoder.matches("from-the-environment", stored)).isTrue();
	}

	@Test
	void keepsAHashedSecret() {
		String hash = this.encoder.encode("cloudshop-service-local-secret");
		OAuth2AuthorizationServerProperties properties = clientWithSecret(hash);

		new ClientSecretHashing().postProcessAfterInitialization(properties, "properties");

		assertThat(secretOf(properties)).isEqualTo(hash);
	}

	@Test
	void leavesAPublicClientWithoutSecret() {
		OAuth2AuthorizationServerProperties properties = clientWithSecret(null);

		new ClientSecretHashing().postProcessAfterInitialization(properties, "properties");

		assertThat(secretOf(properties)).isNull();
	}

	private static OAuth2AuthorizationServerProperties clientWithSecret(String secret) {
		OAuth2AuthorizationServerProperties properties = new OAuth2AuthorizationServerProperties();
		OAuth2AuthorizationServerProperties.Client client = new OAuth2AuthorizationServerProperties.Client();
		client.getRegistration().setClientId("cloudshop-service");
		client.getRegistration().setClientSecret(secret);
		properties.getClient().put("cloudshop-service", client);
		return properties;
	}

	private static String secretOf(OAuth2AuthorizationServerProperties properties) {
		return properties.getClient().get("cloudshop-service").getRegistration().getClientSecret();
	}

}
