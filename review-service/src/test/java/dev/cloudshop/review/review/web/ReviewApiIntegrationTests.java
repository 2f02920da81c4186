package dev.cloudshop.review.review.web;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.cloudshop.review.ReviewApi.Response;
import dev.cloudshop.review.ReviewServiceIntegrationTest;
import dev.cloudshop.review.review.ReviewBuilder;
import dev.cloudshop.support.consistency.ConsistencyToken;
import dev.cloudshop.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static dev.cloudshop.review.ReviewApi.reviewOf;
import static dev.cloudshop.review.ReviewApi.reviewsOf;
import static dev.cloudshop.review.review.ReviewBuilder.aReview;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewApiIntegrationTests extends ReviewServiceIntegrationTest {

	private static final String ALICE = TestTokens.ALICE;

	private static final String BOB = TestTokens.BOB;

	private UUID productId;

	@BeforeEach
	void aProductToReview() {
		this.productId = aKnownProduct();
	}

	@Nested
	class PostReview {

		@Test
		void publishesTheCustomersReviewAtVersionOne() {
			Response posted = api.post(productId, aReview().withRating(5).withTitle("Great").withBody("Really great"));

			assertThat(posted.contentType()).isEqualTo(MediaType.APPLICATION_JSON);
			assertThat(posted.location()).hasPath(reviewOf(productId, posted.id()));
			assertThat(posted.etag()).isEqualTo("\"1\"");
			assertThat(posted.consistencyToken()).isEqualTo(new ConsistencyToken("Review", posted.id(), 1));
			JsonNode body = posted.body();
			assertThat(body.propertyNames()).containsExactlyInAnyOrder("id", "productId", "customerId", "rating",
					"title", "body", "postedAt", "editedAt", "version");
			assertThat(UUID.fromString(posted.id())).isNotNull();
			assertThat(posted.text("productId")).isEqualTo(productId.toString());
			assertThat(posted.text("customerId")).isEqualTo(ALICE);
			assertThat(body.get("rating").asInt()).isEqualTo(5);
			assertThat(posted.text("title")).isEqualTo("Great");
			assertThat(posted.text("body")).isEqualTo("Really great");
			assertThat(Instant.parse(posted.text("postedAt"))).isBefore(Instant.now().plusSeconds(1));
			assertThat(body.get("editedAt").isNull()).isTrue();
			assertThat(posted.version()).isEqualTo(1);
		}

		@Test
		void isReadableAtItsLocation() {
			Response posted = api.post(productId, aReview());

			Response read = api.get(posted.location().getPath());

			assertThat(read.status()).isEqualTo(200);
			assertThat(read.body()).isEqualTo(posted.body());
		}

		@Test
		void namesTheGatewayInItsLocation() {
			Response posted = api.post(reviewsOf(productId), aReview().asRequest(), "X-Forwarded-Proto", "https",
					"X-Forwarded-Host", "shop.example.com", "X-Forwarded-Port", "443");

			assertThat(posted.status()).isEqualTo(201);
			assertThat(posted.location())
				.isEqualTo(URI.create("https://shop.example.com" + reviewOf(productId, posted.id())));
		}

		@Test
		void trimsTheTitle() {
			Response posted = api.post(productId, aReview().withTitle("  Fine  "));

			assertThat(posted.text("title")).isEqualTo("Fine");
		}

		@Test
		void refusesASecondReviewOfTheSameProduct() {
			api.post(productId, aReview());

			Response duplicate = api.post(reviewsOf(productId), aReview().asRequest());

			assertThat(duplicate.status()).isEqualTo(409);
			assertThat(duplicate.problemType()).isEqualTo("duplicate-review");
			assertThat(list(reviewsOf(productId))).hasSize(1);
		}

		@Test
		void letsAnotherCustomerReviewTheSameProduct() {
			api.post(productId, aReview());

			Response bobs = api.asCustomer(BOB).post(productId, aReview());

			assertThat(bobs.text("customerId")).isEqualTo(BOB);
		}

		@Test
		void acceptsANewReviewAfterTheCustomerRemovedTheirs() {
			Response first = api.post(productId, aReview());
			api.delete(reviewOf(productId, first.id()));

			Response second = api.post(reviewsOf(productId), aReview().withTitle("Second thoughts").asRequest());

			assertThat(second.status()).isEqualTo(201);
			assertThat(second.id()).isNotEqualTo(first.id());
		}

		@Test
		void answersNotFoundForAnUnknownProduct() {
			Response response = api.post(reviewsOf(UUID.randomUUID()), aReview().asRequest());

			assertThat(response.status()).isEqualTo(404);
			assertThat(response.problemType()).isEqualTo("product-not-found");
		}

		@Test
		void refusesADiscontinuedProduct() {
			Response response = api.post(reviewsOf(aDiscontinuedProduct()), aReview().asRequest());

			assertThat(response.status()).isEqualTo(409);
			assertThat(response.problemType()).isEqualTo("product-discontinued");
		}

		@Test
		void rejectsInvalidFieldsNamingEachOfThem() {
			Response response = api.post(reviewsOf(productId),
					Map.of("rating", 6, "title", "   ", "body", "b".repeat(4001)));

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.problemType()).isEqualTo("invalid-request");
			assertThat(response.errorFields()).containsExactlyInAnyOrder("rating", "title", "body");
		}

		@Test
		void rejectsMissingFields() {
			Response response = api.post(reviewsOf(productId), Map.of());

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.errorFields()).containsExactlyInAnyOrder("rating", "title", "body");
		}

		@Test
		void rejectsARatingBelowOneAndATitleTooLong() {
			Response response = api.post(reviewsOf(productId),
					Map.of("rating", 0, "title", "t".repeat(121), "body", "Fine"));

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.errorFields()).containsExactlyInAnyOrder("rating", "title");
		}

		@Test
		void rejectsAFractionalRating() {
			assertRatingRefused(4.5);
			assertRatingRefused(4.0);
		}

		@Test
		void rejectsARatingGivenAsAString() {
			assertRatingRefused("4");
		}

		@Test
		void rejectsARatingOfAnotherType() {
			assertRatingRefused(true);
			assertRatingRefused(List.of(4));
		}

		@Test
		void rejectsMalformedJson() {
			Response response = api.exchange(HttpMethod.POST, reviewsOf(productId), "{\"rating\": 4,",
					MediaType.APPLICATION_JSON);

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.problemType()).isEqualTo("malformed-request");
		}

		@Test
		void rejectsAMissingBody() {
			Response response = api.exchange(HttpMethod.POST, reviewsOf(productId), "", MediaType.APPLICATION_JSON);

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.problemType()).isEqualTo("malformed-request");
		}

		@Test
		void rejectsAProductIdThatIsNotAUuid() {
			Response response = api.post("/api/v1/products/not-a-uuid/reviews", aReview().asRequest());

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.problemType()).isEqualTo("invalid-request");
			assertThat(response.errorFields()).containsExactly("productId");
		}

		@Test
		void rejectsABodyThatIsNotJson() {
			Response response = api.exchange(HttpMethod.POST, reviewsOf(productId), "rating=4", MediaType.TEXT_PLAIN);

			assertThat(response.status()).isEqualTo(415);
			assertThat(response.problemType()).isEqualTo("unsupported-media-type");
		}

		private void assertRatingRefused(Object rating) {
			Response response = api.post(reviewsOf(productId), aReview().asRequestWith("rating", rating));

			assertThat(response.status()).as("rating %s", rating).isEqualTo(400);
			assertThat(response.problemType()).isEqualTo("invalid-request");
			assertThat(response.errorFields()).containsExactly("rating");
			assertThat(list(reviewsOf(productId))).as("nothing stored").isEmpty();
		}

	}

	@Nested
	class GetReview {

		@Test
		void returnsThePublishedReviewWithItsVersionAsETag() {
			Response posted = api.post(productId, aReview());
			api.put(reviewOf(productId, posted.id()), aReview().withRating(1).asRequest(), HttpHeaders.IF_MATCH,
					posted.etag());

			Response read = api.get(reviewOf(productId, posted.id()));

			assertThat(read.status()).isEqualTo(200);
			assertThat(read.etag()).isEqualTo("\"2\"");
			assertThat(read.body().get("rating").asInt()).isEqualTo(1);
		}

		@Test
		void answersNotModifiedForTheCurrentETag() {
			Response posted = api.post(productId, aReview());

			Response read = api.get(reviewOf(productId, posted.id()), HttpHeaders.IF_NONE_MATCH, posted.etag());

			assertThat(read.status()).isEqualTo(304);
		}

		@Test
		void answersNotFoundForAnUnknownReview() {
			Response response = api.get(reviewOf(productId, UUID.randomUUID().toString()));

			assertThat(response.status()).isEqualTo(404);
			assertThat(response.problemType()).isEqualTo("review-not-found");
		}

		@Test
		void answersNotFoundForAReviewOfAnotherProduct() {
			Response posted = api.post(productId, aReview());

			Response response = api.get(reviewOf(aKnownProduct(), posted.id()));

			assertThat(response.status()).isEqualTo(404);
			assertThat(response.problemType()).isEqualTo("review-not-found");
		}

		@Test
		void answersNotFoundForARemovedReview() {
			Response posted = api.post(productId, aReview());
			api.delete(reviewOf(productId, posted.id()));

			Response response = api.get(reviewOf(productId, posted.id()));

			assertThat(response.status()).isEqualTo(404);
			assertThat(response.problemType()).isEqualTo("review-not-found");
		}

		@Test
		void rejectsAReviewIdThatIsNotAUuid() {
			Response response = api.get(reviewOf(productId, "42"));

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.errorFields()).containsExactly("reviewId");
		}

	}

	@Nested
	class ListReviews {

		@Test
		void pagesThroughThePublishedReviewsNewestFirst() {
			String first = postAs(UUID.randomUUID(), aReview().withRating(3));
			String second = postAs(UUID.randomUUID(), aReview().withRating(5));
			String removed = postAs(UUID.randomUUID(), aReview().withRating(4));
			api.withToken(TestTokens.admin()).delete(reviewOf(productId, removed));
			String third = postAs(UUID.randomUUID(), aReview().withRating(1));

			Response page = api.get(reviewsOf(productId) + "?size=2");

			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body().propertyNames()).containsExactlyInAnyOrder("content", "page");
			JsonNode metadata = page.body().get("page");
			assertThat(metadata.get("size").asInt()).isEqualTo(2);
			assertThat(metadata.get("number").asInt()).isZero();
			assertThat(metadata.get("totalElements").asLong()).isEqualTo(3);
			assertThat(metadata.get("totalPages").asLong()).isEqualTo(2);
			assertThat(ids(page)).containsExactly(third, second);
			assertThat(ids(api.get(reviewsOf(productId) + "?size=2&page=1"))).containsExactly(first);
		}

		@Test
		void sortsByBestRatingThenNewest() {
			String three = postAs(UUID.randomUUID(), aReview().withRating(3));
			String fiveOlder = postAs(UUID.randomUUID(), aReview().withRating(5));
			String one = postAs(UUID.randomUUID(), aReview().withRating(1));
			String fiveNewer = postAs(UUID.randomUUID(), aReview().withRating(5));

			Response page = api.get(reviewsOf(productId) + "?sort=rating");

			assertThat(ids(page)).containsExactly(fiveNewer, fiveOlder, three, one);
			assertThat(ids(api.get(reviewsOf(productId) + "?sort=newest"))).containsExactly(fiveNewer, one, fiveOlder,
					three);
		}

		@Test
		void answersAnEmptyPageForAProductWithoutReviews() {
			Response page = api.get(reviewsOf(productId));

			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body().get("content")).isEmpty();
			assertThat(page.body().get("page").get("size").asInt()).isEqualTo(20);
		}

		@Test
		void capsThePageSize() {
			Response page = api.get(reviewsOf(productId) + "?size=1000");

			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body().get("page").get("size").asInt()).isEqualTo(100);
		}

		@Test
		void listsTheReviewsOfADiscontinuedProduct() {
			assertThat(api.get(reviewsOf(aDiscontinuedProduct())).status()).isEqualTo(200);
		}

		@Test
		void answersNotFoundForAnUnknownProduct() {
			Response response = api.get(reviewsOf(UUID.randomUUID()));

			assertThat(response.status()).isEqualTo(404);
			assertThat(response.problemType()).isEqualTo("product-not-found");
		}

		@Test
		void rejectsAnUnknownOrder() {
			Response response = api.get(reviewsOf(productId) + "?sort=title,asc");

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.problemType()).isEqualTo("invalid-request");
			assertThat(response.errorFields()).containsExactly("sort");
		}

		private String postAs(UUID customerId, ReviewBuilder review) {
			return api.asCustomer(customerId.toString()).post(productId, review).id();
		}

		private List<String> ids(Response page) {
			List<String> ids = new ArrayList<>();
			page.body().get("content").forEach((review) -> ids.add(review.get("id").asString()));
			return ids;
		}

	}

	@Nested
	class EditReview {

		private Response posted;

		private String path;

		@BeforeEach
		void aReviewOfAlice() {
			this.posted = api.post(productId, aReview().withRating(4).withTitle("Good"));
			this.path = reviewOf(productId, this.posted.id());
		}

		@Test
		void replacesTheContentWhenIfMatchHoldsTheCurrentETag() {
			Response edited = api.put(this.path, aReview().withRating(2).withTitle("Not so good").withBody("Faded")
				.asRequest(), HttpHeaders.IF_MATCH, this.posted.etag());

			assertThat(edited.status()).isEqualTo(200);
			assertThat(edited.etag()).isEqualTo("\"2\"");
			assertThat(edited.consistencyToken()).isEqualTo(new ConsistencyToken("Review", this.posted.id(), 2));
			assertThat(edited.body().get("rating").asInt()).isEqualTo(2);
			assertThat(edited.text("title")).isEqualTo("Not so good");
			assertThat(edited.text("body")).isEqualTo("Faded");
			assertThat(edited.text("postedAt")).isEqualTo(this.posted.text("postedAt"));
			assertThat(edited.body().get("editedAt").isString()).isTrue();
			assertThat(api.get(this.path).body()).isEqualTo(edited.body());
		}

		@Test
		void acceptsTheWildcard() {
			Response edited = api.put(this.path, aReview().withRating(1).asRequest(), HttpHeaders.IF_MATCH, "*");

			assertThat(edited.status()).isEqualTo(200);
		}

		@Test
		void keepsTheVersionWhenNothingChanges() {
			Response edited = api.put(this.path, aReview().withRating(4).withTitle("Good").asRequest(),
					HttpHeaders.IF_MATCH, this.posted.etag());

			assertThat(edited.status()).isEqualTo(200);
			assertThat(edited.etag()).isEqualTo("\"1\"");
			assertThat(edited.body().get("editedAt").isNull()).isTrue();
		}

		@Test
		void refusesAStaleETag() {
			api.put(this.path, aReview().withRating(1).asRequest(), HttpHeaders.IF_MATCH, this.posted.etag());

			Response response = api.put(this.path, aReview().withRating(5).asRequest(), HttpHeaders.IF_MATCH,
					this.posted.etag());

			assertThat(response.status()).isEqualTo(412);
			assertThat(response.problemType()).isEqualTo("stale-version");
			assertThat(response.body().get("currentVersion").asLong()).isEqualTo(2);
			assertThat(api.get(this.path).body().get("rating").asInt()).isEqualTo(1);
		}

		@Test
		void requiresIfMatch() {
			Response response = api.put(this.path, aReview().withRating(1).asRequest());

			assertThat(response.status()).isEqualTo(428);
			assertThat(response.problemType()).isEqualTo("precondition-required");
		}

		@Test
		void refusesAnotherCustomer() {
			Response response = api.asCustomer(BOB).put(this.path, aReview().withRating(1).asRequest(),
					HttpHeaders.IF_MATCH, this.posted.etag());

			assertThat(response.status()).isEqualTo(403);
			assertThat(response.problemType()).isEqualTo("not-review-author");
			assertThat(api.get(this.path).version()).isEqualTo(1);
		}

		@Test
		void refusesAnAdmin() {
			Response response = api.withToken(TestTokens.admin()).put(this.path, aReview().withRating(1).asRequest(),
					HttpHeaders.IF_MATCH, "*");

			assertThat(response.status()).isEqualTo(403);
			assertThat(api.get(this.path).version()).isEqualTo(1);
		}

		@Test
		void refusesARemovedReview() {
			api.delete(this.path);

			Response response = api.put(this.path, aReview().withRating(1).asRequest(), HttpHeaders.IF_MATCH, "*");

			assertThat(response.status()).isEqualTo(409);
			assertThat(response.problemType()).isEqualTo("review-removed");
		}

		@Test
		void rejectsInvalidFields() {
			Response response = api.put(this.path, Map.of("rating", 2.5, "title", "", "body", "Fine"),
					HttpHeaders.IF_MATCH, this.posted.etag());

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.errorFields()).containsExactly("rating");
			assertThat(api.put(this.path, Map.of("title", "", "body", " "), HttpHeaders.IF_MATCH, this.posted.etag())
				.errorFields()).containsExactlyInAnyOrder("rating", "title", "body");
		}

		@Test
		void answersNotFoundForAnUnknownReviewOrAnotherProduct() {
			Response unknown = api.put(reviewOf(productId, UUID.randomUUID().toString()), aReview().asRequest(),
					HttpHeaders.IF_MATCH, "*");
			Response elsewhere = api.put(reviewOf(aKnownProduct(), this.posted.id()), aReview().asRequest(),
					HttpHeaders.IF_MATCH, "*");

			assertThat(unknown.status()).isEqualTo(404);
			assertThat(unknown.problemType()).isEqualTo("review-not-found");
			assertThat(elsewhere.status()).isEqualTo(404);
		}

	}

	@Nested
	class RemoveReview {

		private Response posted;

		private String path;

		@BeforeEach
		void aReviewOfAlice() {
			this.posted = api.post(productId, aReview());
			this.path = reviewOf(productId, this.posted.id());
		}

		@Test
		void letsTheAuthorRemoveIt() {
			Response removed = api.delete(this.path);

			assertThat(removed.status()).isEqualTo(204);
			assertThat(removed.body()).isNull();
			assertThat(removed.consistencyToken()).isEqualTo(new ConsistencyToken("Review", this.posted.id(), 2));
			assertThat(api.get(this.path).status()).isEqualTo(404);
		}

		@Test
		void letsAnAdminRemoveIt() {
			Response removed = api.withToken(TestTokens.admin()).delete(this.path);

			assertThat(removed.status()).isEqualTo(204);
			assertThat(removed.consistencyToken().version()).isEqualTo(2);
			assertThat(api.get(this.path).status()).isEqualTo(404);
		}

		@Test
		void refusesAnotherCustomer() {
			Response response = api.asCustomer(BOB).delete(this.path);

			assertThat(response.status()).isEqualTo(403);
			assertThat(response.problemType()).isEqualTo("not-review-author");
			assertThat(api.get(this.path).status()).isEqualTo(200);
		}

		@Test
		void refusesToRemoveTwice() {
			api.delete(this.path);

			Response again = api.withToken(TestTokens.admin()).delete(this.path);

			assertThat(again.status()).isEqualTo(409);
			assertThat(again.problemType()).isEqualTo("review-removed");
		}

		@Test
		void answersNotFoundForAnUnknownReview() {
			Response response = api.delete(reviewOf(productId, UUID.randomUUID().toString()));

			assertThat(response.status()).isEqualTo(404);
			assertThat(response.problemType()).isEqualTo("review-not-found");
		}

	}

	@Nested
	class OtherRequests {

		@Test
		void answersProblemDetailsForAnUnknownPath() {
			Response response = api.withToken(TestTokens.customer()).get("/api/v1/nothing-here");

			assertThat(response.status()).isEqualTo(404);
			assertThat(response.problemType()).isEqualTo("not-found");
		}

		@Test
		void answersProblemDetailsForAnUnsupportedMethod() {
			Response response = api.exchange(HttpMethod.PATCH, reviewOf(productId, UUID.randomUUID().toString()),
					"{}", MediaType.APPLICATION_JSON);

			assertThat(response.status()).isEqualTo(405);
			assertThat(response.problemType()).isEqualTo("method-not-allowed");
		}

		@Test
		void servesTheOpenApiDescriptionAndSwaggerUi() {
			Response apiDocs = api.get("/v3/api-docs");
			Response swaggerUi = api.get("/swagger-ui.html");

			assertThat(apiDocs.status()).isEqualTo(200);
			String reviews = "/api/v1/products/{productId}/reviews";
			assertThat(apiDocs.body().get("paths").propertyNames()).contains(reviews, reviews + "/{reviewId}");
			List<String> listParameters = new ArrayList<>();
			apiDocs.body().get("paths").get(reviews).get("get").get("parameters")
				.forEach((parameter) -> listParameters.add(parameter.get("name").asString()));
			assertThat(listParameters).containsExactlyInAnyOrder("productId", "page", "size", "sort");
			assertThat(swaggerUi.status()).isEqualTo(200);
			assertThat(swaggerUi.contentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		}

	}

	private List<JsonNode> list(String path) {
		List<JsonNode> reviews = new ArrayList<>();
		api.get(path + "?size=100").body().get("content").forEach(reviews::add);
		return reviews;
	}

}
