package dev.cloudshop.auth.token;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** The signing keys, the key set the JWKS endpoint publishes, and the encoder that signs. */
@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

	private static final Logger log = LoggerFactory.getLogger(TokenConfiguration.class);

	@Bean
	SigningKeys signingKeys(TokenProperties properties) {
		SigningKeys keys = SigningKeys.of(properties.signingKey(), properties.retiredPublicKeys());
		if (keys.generated()) {
			log.warn("No signing key configured (AUTH_SIGNING_KEY): generated RSA key {} for this process only. "
					+ "Tokens it signs become unverifiable when the process stops; configure a key for anything but local use.",
					keys.active().getKeyID());
		}
		else {
			log.info("Signing tokens with the configured RSA key {}", keys.active().getKeyID());
		}
		if (!properties.retiredPublicKeys().isEmpty()) {
			log.info("Publishing {} retired public key(s) next to the active one", properties.retiredPublicKeys().size());
		}
		return keys;
	}

	/** Published at /oauth2/jwks: public keys only, the active one first, then the retired ones. */
	@Bean
	JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
		return new ImmutableJWKSet<>(keys.published());
	}

	/** Signs with the active key only, whatever else the key set publishes. */
	@Bean
	JwtEncoder jwtEncoder(SigningKeys keys) {
		return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(keys.active())));
	}

}
