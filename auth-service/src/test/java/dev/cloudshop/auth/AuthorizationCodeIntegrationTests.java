package dev.cloudshop.auth;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** People sign in through the public client cloudshop-cli: authorization code with PKCE. */
class AuthorizationCodeIntegrationTests extends AuthServiceIntegrationTest {

	@Nested
	class SignedInUsers {

		@Test
		void getAnAccessTokenNamingTheCustomerByIdWithTheirRoles() {
			HttpResponse<String> response = new CliSignIn(baseUrl()).signInAndExchange("alice", DEMO_PASSWORD);

			assertThat(response.statusCode()).isEqualTo(200);
			Jwt token = resourceServer.verify(JsonPath.read(response.body(), "$.access_token"));
			assertThat(token.getSubject()).isEqualTo(ALICE_ID);
			assertThat(token.getClaimAsStringList("roles")).containsExactly("CUSTOMER");
			assertThat(token.getClaimAsString("preferred_username")).isEqualTo("alice");
			assertThat(token.getIssuer()).hasToString(ISSUER);
			assertThat(token.getAudience()).containsExactly("cloudshop-api");
			assertThat(token.getClaimAsString("client_id")).isEqualTo("cloudshop-cli");
			assertThat(token.getClaimAsStringList("scope")).containsExactlyInAnyOrder("openid", "profile");
			assertThat(Duration.between(token.getIssuedAt(), token.getExpiresAt())).isEqualTo(Duration.ofMinutes(15));
		}

		@Test
		void tellCustomersApartById() {
			HttpResponse<String> response = new CliSignIn(baseUrl()).signInAndExchange("bob", DEMO_PASSWORD);

			Jwt token = resourceServer.verify(JsonPath.read(response.body(), "$.access_token"));
			assertThat(token.getSubject()).isEqualTo(BOB_ID);
			assertThat(token.getClaimAsStringList("roles")).containsExactly("CUSTOMER");
		}

		@Test
		void giveTheAdminTheAdminRole() {
			HttpResponse<String> response = new CliSignIn(baseUrl()).signInAndExchange("admin", DEMO_PASSWORD);

			Jwt token = resourceServer.verify(JsonPath.read(response.body(), "$.access_token"));
			assertThat(token.getSubject()).isEqualTo(ADMIN_ID);
			assertThat(token.getClaimAsStringList("roles")).containsExactly("ADMIN");
		}

		@Test
		void getAnIdTokenForTheClientThatNoResourceServerAccepts() {
			HttpResponse<String> response = new CliSignIn(baseUrl()).signInAndExchange("alice", DEMO_PASSWORD);
			String idToken = JsonPath.read(response.body(), "$.id_token");

			ResourceServer client = new ResourceServer(baseUrl() + "/oauth2/jwks", ISSUER, CliSignIn.CLIENT_ID);
			Jwt verified = client.verify(idToken);
			assertThat(verified.getSubject()).isEqualTo(ALICE_ID);
			assertThat(verified.getClaimAsString("preferred_username")).isEqualTo("alice");
			assertThat(verified.hasClaim("roles")).isFalse();
			assertThatExceptionOfType(JwtValidationException.class).isThrownBy(() -> resourceServer.verify(idToken))
				.withMessageContaining("aud");
		}

		@Test
		void canReadTheirUserInfo() {
			HttpResponse<String> tokens = new CliSignIn(baseUrl()).signInAndExchange("alice", DEMO_PASSWORD);

			HttpResponse<String> userInfo = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/userinfo"))
				.header("Authorization", "Bearer " + JsonPath.read(tokens.body(), "$.access_token"))
				.build());

			assertThat(userInfo.statusCode()).isEqualTo(200);
			assertThat(JsonPath.<String>read(userInfo.body(), "$.sub")).isEqualTo(ALICE_ID);
			assertThat(JsonPath.<String>read(userInfo.body(), "$.preferred_username")).isEqualTo("alice");
		}

		@Test
		void mayRedirectToAnyLoopbackPort() {
			CliSignIn session = new CliSignIn(baseUrl());
			session.authorize(session.authorizationRequest());
			HttpResponse<String> signedIn = session.signIn("alice", DEMO_PASSWORD);
			String resumed = CliSignIn.location(signedIn).replace("127.0.0.1%3A8765", "127.0.0.1%3A54321");
			assertThat(resumed).contains("54321");

			HttpResponse<String> redirect = session.get(resumed);

			assertThat(redirect.statusCode()).isEqualTo(302);
			assertThat(CliSignIn.location(redirect)).startsWith("http://127.0.0.1:54321/callback?code=");
		}

	}

	@Nested
	class SignIn {

		@Test
		void refusesAWrongPassword() {
			CliSignIn session = new CliSignIn(baseUrl());
			session.authorize(session.authorizationRequest());

			HttpResponse<String> response = session.signIn("alice", "not-her-password");

			assertThat(response.statusCode()).isEqualTo(302);
			assertThat(CliSignIn.location(response)).endsWith("/login?error");
			HttpResponse<String> retry = session.authorize(session.authorizationRequest());
			assertThat(CliSignIn.location(retry)).endsWith("/login");
		}

		@Test
		void refusesAnUnknownUser() {
			CliSignIn session = new CliSignIn(baseUrl());
			session.authorize(session.authorizationRequest());

			HttpResponse<String> response = session.signIn("mallory", DEMO_PASSWORD);

			assertThat(CliSignIn.location(response)).endsWith("/login?error");
		}

	}

	@Nested
	class Pkce {

		@Test
		void refusesTheCodeWithAnotherVerifier() {
			CliSignIn session = new CliSignIn(baseUrl());
			String code = codeFor(session);

			HttpResponse<String> response = session.exchange(code, CliSignIn.randomUrlSafe());

			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(JsonPath.<String>read(response.body(), "$.error")).isEqualTo("invalid_grant");
			assertThat(response.body()).doesNotContain("access_token");
		}

		@Test
		void refusesTheCodeWithoutAVerifier() {
			CliSignIn session = new CliSignIn(baseUrl());
			String code = codeFor(session);

			HttpResponse<String> response = session.exchange(code, null);

			assertThat(response.statusCode()).isBetween(400, 401);
			assertThat(response.body()).doesNotContain("access_token");
		}

		@Test
		void refusesAnAuthorizationRequestWithoutAChallenge() {
			CliSignIn session = new CliSignIn(baseUrl());
			session.authorize(session.authorizationRequest());
			session.signIn("alice", DEMO_PASSWORD);
			Map<String, String> withoutChallenge = session.authorizationRequest();
			withoutChallenge.remove("code_challenge");
			withoutChallenge.remove("code_challenge_method");

			HttpResponse<String> response = session.authorize(withoutChallenge);

			assertThat(response.statusCode()).isEqualTo(302);
			String location = CliSignIn.location(response);
			assertThat(location).startsWith(CliSignIn.REDIRECT_URI);
			assertThat(CliSignIn.queryParameter(location, "error")).isEqualTo("invalid_request");
			assertThat(CliSignIn.queryParameter(location, "code")).isNull();
		}

		@Test
		void acceptsACodeOnlyOnce() {
			CliSignIn session = new CliSignIn(baseUrl());
			String code = codeFor(session);
			assertThat(session.exchange(code, session.verifier).statusCode()).isEqualTo(200);

			HttpResponse<String> replay = session.exchange(code, session.verifier);

			assertThat(replay.statusCode()).isEqualTo(400);
			assertThat(JsonPath.<String>read(replay.body(), "$.error")).isEqualTo("invalid_grant");
		}

		private String codeFor(CliSignIn session) {
			session.authorize(session.authorizationRequest());
			HttpResponse<String> signedIn = session.signIn("alice", DEMO_PASSWORD);
			HttpResponse<String> redirect = session.get(CliSignIn.location(signedIn));
			String location = CliSignIn.location(redirect);
			assertThat(location).startsWith(CliSignIn.REDIRECT_URI);
			assertThat(CliSignIn.queryParameter(location, "state")).isEqualTo(session.state);
			return CliSignIn.queryParameter(location, "code");
		}

	}

	@Test
	void refusesARedirectUriThatIsNotRegistered() {
		CliSignIn session = new CliSignIn(baseUrl());
		Map<String, String> request = session.authorizationRequest();
		request.put("redirect_uri", "https://attacker.example/callback");

		HttpResponse<String> response = session.authorize(request);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(CliSignIn.location(response)).isEmpty();
	}

}
