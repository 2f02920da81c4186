package dev.cloudshop.review;

import java.util.UUID;
import java.util.function.Function;

import dev.cloudshop.review.review.ReviewBuilder;
import dev.cloudshop.support.consistency.ConsistencyToken;
import dev.cloudshop.testsupport.HttpAnswer;
import dev.cloudshop.testsupport.HttpApi;
import dev.cloudshop.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls review-service over HTTP and hands back status, headers and the JSON body. By default
 * it acts as alice, a customer, for changes (her token on every request but GET and HEAD) and
 * reads anonymously, as reviews are public; {@link #withToken}, {@link #asCustomer} and
 * {@link #anonymous} act as someone else.
 */
public final class ReviewApi extends HttpApi<ReviewApi.Response> {

	public ReviewApi(int port) {
		this(onPort(port),
				(method) -> (method == HttpMethod.GET || method == HttpMethod.HEAD) ? null : TestTokens.customer());
	}

	private ReviewApi(RestTestClient http, Function<HttpMethod, String> tokenFor) {
		super(http, tokenFor, Response::new);
	}

	/** {@code /api/v1/products/{productId}/reviews} */
	public static String reviewsOf(UUID productId) {
		return "/api/v1/products/" + productId + "/reviews";
	}

	/** {@code /api/v1/products/{productId}/reviews/{reviewId}} */
	public static String reviewOf(UUID productId, String reviewId) {
		return reviewsOf(productId) + "/" + reviewId;
	}

	/** The same API, sending this bearer token with every request. */
	public ReviewApi withToken(String token) {
		return new ReviewApi(http(), (method) -> token);
	}

	/** The same API, as the customer with this id. */
	public ReviewApi asCustomer(String customerId) {
		return withToken(TestTokens.customer(customerId));
	}

	/** The same API, sending no token at all. */
	public ReviewApi anonymous() {
		return new ReviewApi(http(), (method) -> null);
	}

	/** An answer: its status, headers and body (null when empty). */
	public record Response(int status, HttpHeaders headers, JsonNode body) implements HttpAnswer {

		public ConsistencyToken consistencyToken() {
			return ConsistencyToken.parse(header(ConsistencyToken.HEADER));
		}

		public String id() {
			return text("id");
		}

		public long version() {
			return this.body.get("version").asLong();
		}

	}

	/** Posts the review and asserts it was posted. */
	public Response post(UUID productId, ReviewBuilder review) {
		Response posted = post(reviewsOf(productId), review.asRequest());
		assertThat(posted.status()).as("post a review of %s: %s", productId, posted.body()).isEqualTo(201);
		return posted;
	}

}
