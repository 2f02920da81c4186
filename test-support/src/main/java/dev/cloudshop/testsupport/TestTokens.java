package dev.cloudshop.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Access tokens shaped like auth-service's (RS256, {@code iss}, {@code sub}, {@code aud}
 * {@code cloudshop-api}, {@code roles}, {@code scope}, {@code client_id},
 * {@code preferred_username}), signed by {@link TestJwtIssuer}'s key, plus the bad ones an
 * attacker or a stale client would send. The demo users' ids are auth-service's.
 */
public final class TestTokens {

	public static final String AUDIENCE = "cloudshop-api";

	public static final String ALICE = "0b363213-d600-4a5e-84d6-8c1f86cab99c";

	public static final String BOB = "b51f1d8e-d2cc-4a5b-a319-02cfaabccb86";

	public static final String ADMIN = "e2caccfa-99dd-4173-bb3a-5c17aa4e2173";

	/** Generated once, published nowhere: what a forger signs with. */
	private static final class ForgersKey {

		static final RSAKey INSTANCE = TestJwtIssuer.newKey(TestJwtIssuer.signingKey().getKeyID());

	}

	private TestTokens() {
	}

	/** alice, a customer. */
	public static String customer() {
		return customer(ALICE);
	}

	/** A customer with the given id ({@code sub}). */
	public static String customer(String customerId) {
		return token().subject(customerId).roles("CUSTOMER").sign();
	}

	public static String admin() {
		return token().subject(ADMIN).username("admin").roles("ADMIN").sign();
	}

	/** A service's client-credentials token: {@code sub} = {@code client_id}, a scope, no roles. */
	public static String service() {
		return token().subject("cloudshop-service").clientId("cloudshop-service").scope("catalog.read").sign();
	}

	/** An admin token that expired ten minutes ago (beyond any clock-skew allowance). */
	public static String expired() {
		Instant now = Instant.now();
		return token().subject(ADMIN).roles("ADMIN").validFrom(now.minus(Duration.ofMinutes(25)))
			.expiresAt(now.minus(Duration.ofMinutes(10))).sign();
	}

	/** Admin claims and the issuer's key id, signed with a key the issuer never published. */
	public static String forged() {
		return token().subject(ADMIN).roles("ADMIN").signedWith(ForgersKey.INSTANCE).sign();
	}

	/** Signed with the right key, but claiming another issuer. */
	public static String wrongIssuer() {
		return token().subject(ADMIN).roles("ADMIN").issuer("https://issuer.example.com").sign();
	}

	/** Signed with the right key, but meant for another API. */
	public static String wrongAudience() {
		return token().subject(ADMIN).roles("ADMIN").audience("another-api").sign();
	}

	/** A valid token of alice's with no roles yet: set what the test needs, then {@link Builder#sign()}. */
	public static Builder token() {
		return new Builder();
	}

	/** One token's claims and key. */
	public static final class Builder {

		private final JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();

		private RSAKey key = TestJwtIssuer.signingKey();

		private Builder() {
			Instant now = Instant.now();
			this.claims.issuer(TestJwtIssuer.issuerUri())
				.subject(ALICE)
				.audience(AUDIENCE)
				.claim("client_id", "cloudshop-cli")
				.claim("scope", List.of("openid", "profile"))
				.jwtID(UUID.randomUUID().toString());
			validFrom(now);
			expiresAt(now.plus(Duration.ofMinutes(15)));
		}

		public Builder subject(String subject) {
			this.claims.subject(subject);
			return this;
		}

		public Builder roles(String... roles) {
			this.claims.claim("roles", List.of(roles));
			return this;
		}

		public Builder scope(String... scopes) {
			this.claims.claim("scope", List.of(scopes));
			return this;
		}

		public Builder clientId(String clientId) {
			this.claims.claim("client_id", clientId);
			return this;
		}

		public Builder username(String username) {
			this.claims.claim("preferred_username", username);
			return this;
		}

		public Builder issuer(String issuer) {
			this.claims.issuer(issuer);
			return this;
		}

		public Builder audience(String audience) {
			this.claims.audience(audience);
			return this;
		}

		public Builder validFrom(Instant issuedAt) {
			this.claims.issueTime(Date.from(issuedAt)).notBeforeTime(Date.from(issuedAt));
			return this;
		}

		public Builder expiresAt(Instant expiresAt) {
			this.claims.expirationTime(Date.from(expiresAt));
			return this;
		}

		public Builder signedWith(RSAKey key) {
			this.key = key;
			return this;
		}

		/** The compact serialisation, ready for {@code Authorization: Bearer ...}. */
		public String sign() {
			JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID())
				.type(JOSEObjectType.JWT)
				.build();
			SignedJWT jwt = new SignedJWT(header, this.claims.build());
			try {
				jwt.sign(new RSASSASigner(this.key));
			}
			catch (JOSEException ex) {
				throw new IllegalStateException("Could not sign a test token", ex);
			}
			return jwt.serialize();
		}

	}

}
