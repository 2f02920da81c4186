package dev.cloudshop.product;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.cloudshop.product.catalog.ProductBuilder;
import dev.cloudshop.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls product-service over HTTP and hands back status, headers and the JSON body. By default
 * it acts as an administrator for changes (an admin token on every request but GET and HEAD) and
 * reads anonymously, as the catalog is public; {@link #withToken} and {@link #anonymous} act as
 * someone else.
 */
public final class ProductApi {

	public static final String PRODUCTS = "/api/v1/products";

	public static final String PROBLEM_TYPE = "https://cloudshop.dev/problems/";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RestTestClient http;

	private final Function<HttpMethod, String> tokenFor;

	public ProductApi(int port) {
		this(RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build(),
				(method) -> (method == HttpMethod.GET || method == HttpMethod.HEAD) ? null : TestTokens.admin());
	}

	private ProductApi(RestTestClient http, Function<HttpMethod, String> tokenFor) {
		this.http = http;
		this.tokenFor = tokenFor;
	}

	/** The same API, sending this bearer token with every request. */
	public ProductApi withToken(String token) {
		return new ProductApi(this.http, (method) -> token);
	}

	/** The same API, sending no token at all. */
	public ProductApi anonymous() {
		return new ProductApi(this.http, (method) -> null);
	}

	/** An answer: its status, headers and body (null when empty). */
	public record Response(int status, HttpHeaders headers, JsonNode body) {

		/** The Consistency-Token a write answers with, for read-your-writes on the query side. */
		public String consistencyToken() {
			return this.headers.getFirst("Consistency-Token");
		}

		public String etag() {
			return this.headers.getETag();
		}

		public URI location() {
			return this.headers.getLocation();
		}

		public MediaType contentType() {
			return this.headers.getContentType();
		}

		public String text(String field) {
			return this.body.get(field).asString();
		}

		public String id() {
			return text("id");
		}

		public long version() {
			return this.body.get("version").asLong();
		}

		public int stock() {
			return this.body.get("stock").asInt();
		}

		/** The Problem Details type, without the common prefix: {@code duplicate-sku}. */
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

	}

	/** Creates the product and asserts it was created. */
	public Response create(ProductBuilder product) {
		Response created = post(PRODUCTS, product.asNewProductRequest());
		assertThat(created.status()).as("create %s: %s", product.sku(), created.body()).isEqualTo(201);
		return created;
	}

	public Response get(String path, String... headerPairs) {
		return exchange(HttpMethod.GET, path, null, null, headerPairs);
	}

	public Response post(String path, Object body, String... headerPairs) {
		return exchange(HttpMethod.POST, path, JSON.writeValueAsString(body), MediaType.APPLICATION_JSON, headerPairs);
	}

	public Response put(String path, Object body, String... headerPairs) {
		return exchange(HttpMethod.PUT, path, JSON.writeValueAsString(body), MediaType.APPLICATION_JSON, headerPairs);
	}

	public Response adjustStock(String id, int delta, String reason) {
		return post(PRODUCTS + "/" + id + "/stock-adjustments", Map.of("delta", delta, "reason", reason));
	}

	public Response discontinue(String id) {
		return post(PRODUCTS + "/" + id + "/discontinue", Map.of());
	}

	/** Sends the body as it is, to test what the service makes of malformed input. */
	public Response exchange(HttpMethod method, String path, String rawBody, MediaType contentType,
			String... headerPairs) {
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
		return new Response(result.getStatus().value(), result.getResponseHeaders(),
				(body == null || body.length == 0 || !json) ? null : JSON.readTree(body));
	}

}
