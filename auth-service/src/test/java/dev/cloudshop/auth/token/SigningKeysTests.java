package dev.cloudshop.auth.token;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SigningKeysTests {

	private static final KeyPair configured = rsaKeyPair();

	private static final KeyPair retired = rsaKeyPair();

	@Nested
	class WithAConfiguredKey {

		@Test
		void usesThatKeyWithItsThumbprintAsKeyId() throws Exception {
			SigningKeys keys = SigningKeys.of(privatePem(configured), List.of());

			assertThat(keys.generated()).isFalse();
			assertThat(keys.active().toRSAPublicKey()).isEqualTo(configured.getPublic());
			assertThat(keys.active().getKeyID())
				.isEqualTo(new RSAKey.Builder((RSAPublicKey) configured.getPublic()).build()
					.computeThumbprint()
					.toString());
		}

		@Test
		void keepsTheKeyIdAcrossRestarts() {
			String first = SigningKeys.of(privatePem(configured), List.of()).active().getKeyID();
			String second = SigningKeys.of(privatePem(configured), List.of()).active().getKeyID();

			assertThat(second).isEqualTo(first);
		}

		@Test
		void acceptsThePemWithSurroundingBlankLines() throws Exception {
			String pem = "\n  " + privatePem(configured) + "\n\n";

			assertThat(SigningKeys.of(pem, List.of()).active().toRSAPublicKey()).isEqualTo(configured.getPublic());
		}

		@Test
		void refusesWhatIsNotAPkcs8PrivateKey() {
			assertThatIllegalArgumentException().isThrownBy(() -> SigningKeys.of(publicPem(configured), List.of()))
				.withMessageContaining("signing key (PKCS#8 PEM");
			assertThatIllegalArgumentException().isThrownBy(() -> SigningKeys.of("not a key", List.of()))
				.withMessageContaining("signing key");
		}

	}

	@Nested
	class WithoutAConfiguredKey {

		@Test
		void generatesAFreshKeyEachStart() {
			SigningKeys first = SigningKeys.of("", List.of());
			SigningKeys second = SigningKeys.of(null, List.of());

			assertThat(first.generated()).isTrue();
			assertThat(first.active().isPrivate()).isTrue();
			assertThat(first.active().getKeyID()).isNotEqualTo(second.active().getKeyID());
		}

	}

	@Nested
	class Rotation {

		@Test
		void publishesTheActiveKeyFirstThenTheRetiredOnesPublicOnly() {
			SigningKeys keys = SigningKeys.of(privatePem(configured), List.of(publicPem(retired)));

			List<JWK> published = keys.published().getKeys();

			assertThat(published).hasSize(2).noneMatch(JWK::isPrivate);
			assertThat(published.get(0).getKeyID()).isEqualTo(keys.active().getKeyID());
		}

		@Test
		void keepsTokensOfTheRetiredKeyVerifiableAndSignsOnlyWithTheActiveKey() throws Exception {
			SigningKeys before = SigningKeys.of(privatePem(retired), List.of());
			SigningKeys after = SigningKeys.of(privatePem(configured), List.of(publicPem(retired)));
			TokenConfiguration configuration = new TokenConfiguration();
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(configuration.jwkSource(after)).build();

			Jwt oldToken = configuration.jwtEncoder(before).encode(JwtEncoderParameters.from(claims()));
			Jwt newToken = configuration.jwtEncoder(after).encode(JwtEncoderParameters.from(claims()));

			assertThat(decoder.decode(oldToken.getTokenValue()).getHeaders()).containsEntry("kid",
					before.active().getKeyID());
			assertThat(decoder.decode(newToken.getTokenValue()).getHeaders()).containsEntry("kid",
					after.active().getKeyID());
		}

		@Test
		void refusesTheActiveKeyAsARetiredOne() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> SigningKeys.of(privatePem(configured), List.of(publicPem(configured))))
				.withMessageContaining("is the active signing key");
		}

		@Test
		void refusesARetiredKeyThatIsNotAPublicKeyPem() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> SigningKeys.of(privatePem(configured), List.of(privatePem(retired))))
				.withMessageContaining("retired public key");
		}

	}


	private static JwtClaimsSet claims() {
		Instant now = Instant.now();
		return JwtClaimsSet.builder().subject("someone").issuedAt(now).expiresAt(now.plusSeconds(60)).build();
	}

	private static KeyPair rsaKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String privatePem(KeyPair keyPair) {
		return pem("PRIVATE KEY", keyPair.getPrivate().getEncoded());
	}

	static String publicPem(KeyPair keyPair) {
		return pem("PUBLIC KEY", keyPair.getPublic().getEncoded());
	}

	private static String pem(String type, byte[] der) {
		String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
		return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
	}

}
