package dev.cloudshop.auth;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Verifies an access token the way every Cloudshop resource server does: its signature
 * against the published key set (JWKS), then issuer, audience and validity period. What
 * Spring Boot configures from {@code spring.security.oauth2.resourceserver.jwt.issuer-uri},
 * {@code jwk-set-uri} and {@code audiences}.
 */
final class ResourceServer {

	private final NimbusJwtDecoder decoder;

	ResourceServer(String jwkSetUri, String issuer, String audience) {
		this.decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
		this.decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(new JwtIssuerValidator(issuer),
				new JwtAudienceValidator(audience)));
	}

	/** The verified token; throws a {@code JwtException} when it is not acceptable. */
	Jwt verify(String token) {
		return this.decoder.decode(token);
	}

}
