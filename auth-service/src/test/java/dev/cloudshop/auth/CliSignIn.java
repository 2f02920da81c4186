package dev.cloudshop.auth;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A browser session signing in as the public client {@code cloudshop-cli}: the authorization
 * code flow with PKCE, one request per step so that a test can check or alter each step.
 * Redirects are not followed, cookies are kept.
 */
final class CliSignIn {

	static final String CLIENT_ID = "cloudshop-cli";

	static final String REDIRECT_URI = "http://127.0.0.1:8765/callback";

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final SecureRandom random = new SecureRandom();

	private final String baseUrl;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	/** The PKCE secret this session keeps; its S256 hash goes with the authorization request. */
	final String verifier = randomUrlSafe();

	final String state = randomUrlSafe();

	CliSignIn(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** The whole flow: the token endpoint's answer for this user. */
	HttpResponse<String> signInAndExchange(String username, String password) {
		HttpResponse<String> toLogin = authorize(authorizationRequest());
		require(toLogin.statusCode() == 302 && location(toLogin).endsWith("/login"), "sent to sign in", toLogin);
		HttpResponse<String> signedIn = signIn(username, password);
		require(signedIn.statusCode() == 302 && !location(signedIn).contains("error"), "signed in", signedIn);
		HttpResponse<String> withCode = get(location(signedIn));
		require(withCode.statusCode() == 302, "redirected with a code", withCode);
		return exchange(queryParameter(location(withCode), "code"), this.verifier);
	}

	/** The parameters of a well-formed authorization request, to send as they are or altered. */
	Map<String, String> authorizationRequest() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("response_type", "code");
		parameters.put("client_id", CLIENT_ID);
		parameters.put("redirect_uri", REDIRECT_URI);
		parameters.put("scope", "openid profile");
		parameters.put("state", this.state);
		parameters.put("code_challenge", challengeOf(this.verifier));
		parameters.put("code_challenge_method", "S256");
		return parameters;
	}

	HttpResponse<String> authorize(Map<String, String> parameters) {
		return get(this.baseUrl + "/oauth2/authorize?" + form(parameters));
	}

	/** Fills in and posts the sign-in form, with the CSRF token the form carries. */
	HttpResponse<String> signIn(String username, String password) {
		HttpResponse<String> page = get(this.baseUrl + "/login");
		Matcher csrf = CSRF_FIELD.matcher(page.body());
		require(page.statusCode() == 200 && csrf.find(), "a sign-in form with a CSRF token", page);
		return post("/login", Map.of("username", username, "password", password, "_csrf", csrf.group(1)));
	}

	/** Exchanges the code at the token endpoint, as a public client (no secret, the PKCE verifier instead). */
	HttpResponse<String> exchange(String code, String codeVerifier) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("grant_type", "authorization_code");
		parameters.put("code", code);
		parameters.put("redirect_uri", REDIRECT_URI);
		parameters.put("client_id", CLIENT_ID);
		if (codeVerifier != null) {
			parameters.put("code_verifier", codeVerifier);
		}
		return post("/oauth2/token", parameters);
	}

	HttpResponse<String> get(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build());
	}

	private HttpResponse<String> post(String path, Map<String, String> parameters) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(parameters)))
			.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	/** One query parameter of a URL, decoded; null when absent. */
	static String queryParameter(String url, String name) {
		String value = UriComponentsBuilder.fromUriString(url).build().getQueryParams().getFirst(name);
		return (value != null) ? URLDecoder.decode(value, StandardCharsets.UTF_8) : null;
	}

	static String challengeOf(String verifier) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String randomUrlSafe() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String form(Map<String, String> parameters) {
		return parameters.entrySet()
			.stream()
			.map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static void require(boolean condition, String expected, HttpResponse<String> response) {
		if (!condition) {
			throw new AssertionError("Expected " + expected + ", got HTTP " + response.statusCode() + " "
					+ location(response) + " " + response.body());
		}
	}

}
