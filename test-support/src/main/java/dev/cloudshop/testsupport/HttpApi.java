package dev.cloudshop.testsupport;

import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * What every service's HTTP test client does alike: sends a request, with the bearer token the
 * client chooses for its method, and hands back the service's own {@link HttpAnswer}. A service's
 * client extends it with its paths, its default caller and its shortcuts.
 * @param <A> the service's answer type, built by its canonical constructor ({@code Response::new})
 */
public abstract class HttpApi<A extends HttpAnswer> {

	protected static final JsonMapper JSON = JsonMapper.builder().build();

	private final RestTestClient http;

	private final Function<HttpMethod, String> tokenFor;

	private final Answers<A> answers;

	/**
	 * @param tokenFor the bearer token to send with a request of this method; null for none
	 */
	protected HttpApi(RestTestClient http, Function<HttpMethod, String> tokenFor, Answers<A> answers) {
		this.http = http;
		this.tokenFor = tokenFor;
		this.answers = answers;
	}

	/** A client of the service listening on this port of localhost. */
	protected static RestTestClient onPort(int port) {
		return RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
	}

	/** The client, for a copy of this API that sends other tokens. */
	protected RestTestClient http() {
		return this.http;
	}

	public A get(String path, String... headerPairs) {
		return exchange(HttpMethod.GET, path, null, null, headerPairs);
	}

	public A post(String path, Object body, String... headerPairs) {
		return exchange(HttpMethod.POST, path, JSON.writeValueAsString(body), MediaType.APPLICATION_JSON, headerPairs);
	}

	public A put(String path, Object body, String... headerPairs) {
		return exchange(HttpMethod.PUT, path, JSON.writeValueAsString(body), MediaType.APPLICATION_JSON, headerPairs);
	}

	public A delete(String path, String... headerPairs) {
		return exchange(HttpMethod.DELETE, path, null, null, headerPairs);
	}

	/** Sends the body as it is, to test what the service makes of malformed input. */
	public A exchange(HttpMethod method, String path, String rawBody, MediaType contentType, String... headerPairs) {
		RestTestClient.RequestBodySpec request = this.http.method(method).uri(path);
		String token = this.tokenFor.apply(method);
		if (token != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		for (int i = 0; i < headerPairs.length; i += 2) {
			request.header(headerPairs[i], headerPairs[i + 1]);
		}
		if (rawBody != null) {
			request.contentType(contentType).body(rawBody);
		}
		EntityExchangeResult<byte[]> result = request.exchange().returnResult(byte[].class);
		byte[] body = result.getResponseBody();
		MediaType type = result.getResponseHeaders().getContentType();
		boolean json = type != null && (type.isCompatibleWith(MediaType.APPLICATION_JSON)
				|| type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		return this.answers.of(result.getStatus().value(), result.getResponseHeaders(),
				(body == null || body.length == 0 || !json) ? null : JSON.readTree(body));
	}

	/** Makes the service's answer of status, headers and body. */
	@FunctionalInterface
	protected interface Answers<A> {

		A of(int status, HttpHeaders headers, JsonNode body);

	}

}
