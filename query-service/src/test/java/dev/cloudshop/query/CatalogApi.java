package dev.cloudshop.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import dev.cloudshop.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Calls query-service over HTTP and hands back status, headers and the JSON body. It reads the
 * catalog anonymously (it is public) and acts as an administrator for rebuilds;
 * {@link #withToken} and {@link #anonymous} act as someone else.
 */
public final class CatalogApi {

	public static final String PRODUCTS = "/api/v1/catalog/products";

	public static final String REBUILDS = "/api/v1/catalog/rebuilds";

	public static final String PROBLEM_TYPE = "https://cloudshop.dev/problems/";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RestTestClient http;

	private final Function<String, String> tokenFor;

	public CatalogApi(int port) {
		this(RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build(),
				(path) -> path.startsWith(REBUILDS) ? TestTokens.admin() : null);
	}

	private CatalogApi(RestTestClient http, Function<String, String> tokenFor) {
		this.http = http;
		this.tokenFor = tokenFor;
	}

	/** The same API, sending this bearer token with every request. */
	public CatalogApi withToken(String token) {
		return new CatalogApi(this.http, (path) -> token);
	}

	/** The same API, sending no token at all. */
	public CatalogApi anonymous() {
		return new CatalogApi(this.http, (path) -> null);
	}

	/** An answer: its status, headers and body (null when empty). */
	public record Response(int status, HttpHeaders headers, JsonNode body) {

		public MediaType contentType() {
			return this.headers.getContentType();
		}

		public String text(String field) {
			return this.body.get(field).asString();
		}

		public String header(String name) {
			return this.headers.getFirst(name);
		}

		/** The Problem Details type, without the common prefix: {@code product-not-found}. */
		public String problemType() {
			assertThat(this.contentType()).as("content type of %s", this.body)
				.isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			String type = text("type");
			assertThat(type).startsWith(PROBLEM_TYPE);
			return type.substring(PROBLEM_TYPE.length());
		}

		/** The fields named in a validation problem's errors. */
		public List<String> errorFields() {
			List<String> fields = new ArrayList<>();
			this.body.get("errors").forEach((error) -> fields.add(error.get("field").asString()));
			return fields;
		}

		/** The products of a page. */
		public List<JsonNode> content() {
			List<JsonNode> content = new ArrayList<>();
			this.body.get("content").forEach(content::add);
			return content;
		}

		/** The product version a product answer reflects. */
		public long version() {
			return this.body.get("freshness").get("productVersion").asLong();
		}

		public long totalElements() {
			return this.body.get("page").get("totalElements").asLong();
		}

	}

	/** Waits until the catalog shows the product at the version (or later), and returns it. */
	public Response awaitProduct(String id, long version) {
		AtomicReference<Response> read = new AtomicReference<>();
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			read.set(product(id));
			return read.get().status() == 200 && read.get().version() >= version;
		});
		return read.get();
	}

	public Response product(String id, String... headerPairs) {
		return get(PRODUCTS + "/" + id, headerPairs);
	}

	/** Lists the catalog; the query string as given, e.g. {@code q=mug&sort=price,asc}. */
	public Response search(String query, String... headerPairs) {
		return get(PRODUCTS + "?" + query, headerPairs);
	}

	/** The body of a text answer, such as Prometheus metrics. */
	public String text(String path) {
		EntityExchangeResult<String> result = this.http.get().uri(path).exchange().returnResult(String.class);
		assertThat(result.getStatus().value()).as("GET %s", path).isEqualTo(200);
		return result.getResponseBody();
	}

	public Response get(String path, String... headerPairs) {
		return exchange(HttpMethod.GET, path, headerPairs);
	}

	public Response post(String path, String... headerPairs) {
		return exchange(HttpMethod.POST, path, headerPairs);
	}

	public Response exchange(HttpMethod method, String path, String... headerPairs) {
		RestTestClient.RequestBodySpec request = this.http.method(method).uri(path);
		String token = this.tokenFor.apply(path);
		if (token != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		for (int i = 0; i < headerPairs.length; i += 2) {
			request.header(headerPairs[i], headerPairs[i + 1]);
		}
		EntityExchangeResult<byte[]> result = request.exchange().returnResult(byte[].class);
		byte[] body = result.getResponseBody();
		MediaType type = result.getResponseHeaders().getContentType();
		boolean json = type != null && (type.isCompatibleWith(MediaType.APPLICATION_JSON)
				|| type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		return new Response(result.getStatus().value(), result.getResponseHeaders(),
				(body == null || body.length == 0 || !json) ? null : JSON.readTree(body));
	}

}
