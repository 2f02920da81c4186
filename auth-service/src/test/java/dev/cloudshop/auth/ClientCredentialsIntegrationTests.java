package dev.cloudshop.auth;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/** The confidential client cloudshop-service obtains tokens for service-to-service calls. */
class ClientCredentialsIntegrationTests extends AuthServiceIntegrationTest {

	/** The local-only default secret (documented in the README). */
	private static final String SERVICE_SECRET = "cloudshop-service-local-secret";

	@Test
	void issuesAScopedTokenForTheApiAudience() {
		HttpResponse<String> response = requestToken("cloudshop-service", SERVICE_SECRET, "catalog.read");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<String>read(response.body(), "$.token_type")).isEqualTo("Bearer");
		Jwt token = this.resourceServer.verify(JsonPath.read(response.body(), "$.access_token"));
		assertThat(token.getIssuer()).hasToString(ISSUER);
		assertThat(token.getAudience()).containsExactly("cloudshop-api");
		assertThat(token.getSubject()).isEqualTo("cloudshop-service");
		assertThat(token.getClaimAsStringList("scope")).containsExactly("catalog.read");
		assertThat(token.getClaimAsString("client_id")).isEqualTo("cloudshop-service");
		assertThat(token.hasClaim("roles")).isFalse();
		assertThat(Duration.between(token.getIssuedAt(), token.getExpiresAt())).isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void grantsNoScopeThatIsNotAsked() {
		HttpResponse<String> response = requestToken("cloudshop-service", SERVICE_SECRET, null);

		assertThat(response.statusCode()).isEqualTo(200);
		Jwt token = this.resourceServer.verify(JsonPath.read(response.body(), "$.access_token"));
		assertThat(token.hasClaim("scope")).isFalse();
	}

	@Test
	void refusesAWrongSecret() {
		HttpResponse<String> response = requestToken("cloudshop-service", "not-the-secret", "catalog.read");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(JsonPath.<String>read(response.body(), "$.error")).isEqualTo("invalid_client");
	}

	@Test
	void refusesAScopeTheClientDoesNotHave() {
		HttpResponse<String> response = requestToken("cloudshop-service", SERVICE_SECRET, "orders.write");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<String>read(response.body(), "$.error")).isEqualTo("invalid_scope");
	}

	@Test
	void refusesThePublicClient() {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/oauth2/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=cloudshop-cli"))
			.build());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).doesNotContain("access_token");
	}

	private HttpResponse<String> requestToken(String clientId, String secret, String scope) {
		String credentials = Base64.getEncoder()
			.encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
		String form = "grant_type=client_credentials" + ((scope != null) ? "&scope=" + scope : "");
		return send(HttpRequest.newBuilder(URI.create(baseUrl() + "/oauth2/token"))
			.header("Authorization", "Basic " + credentials)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

}
