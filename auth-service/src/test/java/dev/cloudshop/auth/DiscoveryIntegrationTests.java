package dev.cloudshop.auth;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client or resource server learns before it holds any token. */
class DiscoveryIntegrationTests extends AuthServiceIntegrationTest {

	@Nested
	class OpenIdConfiguration {

		@Test
		void namesTheIssuerAndTheStandardEndpoints() {
			HttpResponse<String> response = get("/.well-known/openid-configuration");

			assertThat(response.statusCode()).isEqualTo(200);
			String json = response.body();
			assertThat(JsonPath.<String>read(json, "$.issuer")).isEqualTo(ISSUER);
			assertThat(JsonPath.<String>read(json, "$.jwks_uri")).isEqualTo(ISSUER + "/oauth2/jwks");
			assertThat(JsonPath.<String>read(json, "$.token_endpoint")).isEqualTo(ISSUER + "/oauth2/token");
			assertThat(JsonPath.<String>read(json, "$.authorization_endpoint")).isEqualTo(ISSUER + "/oauth2/authorize");
			assertThat(JsonPath.<String>read(json, "$.userinfo_endpoint")).isEqualTo(ISSUER + "/userinfo");
			assertThat(JsonPath.<List<String>>read(json, "$.code_challenge_methods_supported")).containsExactly("S256");
		}

		@Test
		void isAlsoServedAsOAuthServerMetadata() {
			HttpResponse<String> response = get("/.well-known/oauth-authorization-server");

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(JsonPath.<String>read(response.body(), "$.issuer")).isEqualTo(ISSUER);
		}

	}

	@Nested
	class KeySet {

		@Test
		void publishesThePublicHalfOfTheSigningKey() {
			HttpResponse<String> response = get("/oauth2/jwks");

			assertThat(response.statusCode()).isEqualTo(200);
			List<Map<String, Object>> keys = JsonPath.read(response.body(), "$.keys");
			assertThat(keys).singleElement().satisfies(key -> {
				assertThat(key).containsEntry("kty", "RSA").containsEntry("use", "sig").containsEntry("alg", "RS256");
				assertThat(key).containsKeys("kid", "n", "e");
				assertThat(key).doesNotContainKeys("d", "p", "q", "dp", "dq", "qi");
			});
		}

	}

	@Nested
	class Actuator {

		@Test
		void servesHealthInfoAndMetricsWithoutSignIn() {
			assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
			assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
			assertThat(get("/actuator/info").statusCode()).isEqualTo(200);
			assertThat(get("/actuator/prometheus").body()).contains("http_server_requests");
		}

		@Test
		void sendsEverythingElseToSignIn() {
			HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/env"))
				.header("Accept", "text/html")
				.build());

			assertThat(response.statusCode()).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
		}

	}

	private HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build());
	}

}
