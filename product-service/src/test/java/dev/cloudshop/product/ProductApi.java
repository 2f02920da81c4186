package dev.cloudshop.product;

import java.util.Map;
import java.util.function.Function;

import dev.cloudshop.product.catalog.ProductBuilder;
import dev.cloudshop.testsupport.HttpAnswer;
import dev.cloudshop.testsupport.HttpApi;
import dev.cloudshop.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls product-service over HTTP and hands back status, headers and the JSON body. By default
 * it acts as an administrator for changes (an admin token on every request but GET and HEAD) and
 * reads anonymously, as the catalog is public; {@link #withToken} and {@link #anonymous} act as
 * someone else.
 */
public final class ProductApi extends HttpApi<ProductApi.Response> {

	public static final String PRODUCTS = "/api/v1/products";

	public ProductApi(int port) {
		this(onPort(port),
				(method) -> (method == HttpMethod.GET || method == HttpMethod.HEAD) ? null : TestTokens.admin());
	}

	private ProductApi(RestTestClient http, Function<HttpMethod, String> tokenFor) {
		super(http, tokenFor, Response::new);
	}

	/** The same API, sending this bearer token with every request. */
	public ProductApi withToken(String token) {
		return new ProductApi(http(), (method) -> token);
	}

	/** The same API, sending no token at all. */
	public ProductApi anonymous() {
		return new ProductApi(http(), (method) -> null);
	}

	/** An answer: its status, headers and body (null when empty). */
	public record Response(int status, HttpHeaders headers, JsonNode body) implements HttpAnswer {

		/** The Consistency-Token a write answers with, for read-your-writes on the query side. */
		public String consistencyToken() {
			return header("Consistency-Token");
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

	}

	/** Creates the product and asserts it was created. */
	public Response create(ProductBuilder product) {
		Response created = post(PRODUCTS, product.asNewProductRequest());
		assertThat(created.status()).as("create %s: %s", product.sku(), created.body()).isEqualTo(201);
		return created;
	}

	public Response adjustStock(String id, int delta, String reason) {
		return post(PRODUCTS + "/" + id + "/stock-adjustments", Map.of("delta", delta, "reason", reason));
	}

	public Response discontinue(String id) {
		return post(PRODUCTS + "/" + id + "/discontinue", Map.of());
	}

}
