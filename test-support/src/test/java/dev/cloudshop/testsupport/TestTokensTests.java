package dev.cloudshop.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Date;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The tokens checked the way a resource server checks them, against the JWKS served over HTTP. */
class TestTokensTests {

	private static RSAKey publishedKey;

	@BeforeAll
	static void fetchThePublishedKey() throws Exception {
		HttpResponse<String> jwks = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(TestJwtIssuer.jwkSetUri())).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(jwks.statusCode()).isEqualTo(200);
		JWKSet keys = JWKSet.parse(jwks.body());
		assertThat(keys.getKeys()).hasSize(1);
		assertThat(keys.getKeys().get(0).isPrivate()).isFalse();
		publishedKey = keys.getKeys().get(0).toRSAKey();
	}

	@Test
	void signsAnAdminTokenLikeAuthService() throws Exception {
		SignedJWT admin = SignedJWT.parse(TestTokens.admin());

		assertThat(admin.verify(new RSASSAVerifier(publishedKey))).isTrue();
		assertThat(admin.getHeader().getKeyID()).isEqualTo(publishedKey.getKeyID());
		assertThat(admin.getJWTClaimsSet().getIssuer()).isEqualTo(TestJwtIssuer.issuerUri());
		assertThat(admin.getJWTClaimsSet().getAudience()).containsExactly(TestTokens.AUDIENCE);
		assertThat(admin.getJWTClaimsSet().getSubject()).isEqualTo(TestTokens.ADMIN);
		assertThat(admin.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("ADMIN");
		assertThat(admin.getJWTClaimsSet().getExpirationTime()).isInTheFuture();
	}

	@Test
	void signsAForgedTokenWithAnUnpublishedKeyUnderThePublishedKeyId() throws Exception {
		SignedJWT forged = SignedJWT.parse(TestTokens.forged());

		assertThat(forged.getHeader().getKeyID()).isEqualTo(publishedKey.getKeyID());
		assertThat(forged.verify(new RSASSAVerifier(publishedKey))).isFalse();
	}

	@Test
	void makesTheOtherBadTokensBadInOneWayOnly() throws Exception {
		SignedJWT expired = SignedJWT.parse(TestTokens.expired());
		SignedJWT wrongIssuer = SignedJWT.parse(TestTokens.wrongIssuer());
		SignedJWT wrongAudience = SignedJWT.parse(TestTokens.wrongAudience());

		assertThat(expired.verify(new RSASSAVerifier(publishedKey))).isTrue();
		assertThat(expired.getJWTClaimsSet().getExpirationTime()).isBefore(new Date(System.currentTimeMillis() - 300_000));
		assertThat(wrongIssuer.verify(new RSASSAVerifier(publishedKey))).isTrue();
		assertThat(wrongIssuer.getJWTClaimsSet().getIssuer()).isNotEqualTo(TestJwtIssuer.issuerUri());
		assertThat(wrongAudience.verify(new RSASSAVerifier(publishedKey))).isTrue();
		assertThat(wrongAudience.getJWTClaimsSet().getAudience()).doesNotContain(TestTokens.AUDIENCE);
	}

	@Test
	void givesAServiceTokenAScopeAndNoRoles() throws Exception {
		SignedJWT service = SignedJWT.parse(TestTokens.service());

		assertThat(service.getJWTClaimsSet().getSubject()).isEqualTo("cloudshop-service");
		assertThat(service.getJWTClaimsSet().getStringListClaim("scope")).containsExactly("catalog.read");
		assertThat(service.getJWTClaimsSet().getClaim("roles")).isNull();
	}

}
