package dev.cloudshop.review.review.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.cloudshop.contracts.GoldenSamples;
import dev.cloudshop.review.ReviewApi.Response;
import dev.cloudshop.review.ReviewServiceIntegrationTest;
import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import dev.cloudshop.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;

import static dev.cloudshop.review.ReviewApi.reviewOf;
import static dev.cloudshop.review.ReviewApi.reviewsOf;
import static dev.cloudshop.review.review.ReviewBuilder.aReview;
import static dev.cloudshop.testsupport.TopicRecords.awaitExactly;
import static dev.cloudshop.testsupport.TopicRecords.awaitRecords;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewEventsIntegrationTests extends ReviewServiceIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String TOPIC = ReviewEventOutbox.TOPIC;

	@Test
	void publishesReviewPostedKeyedByReviewIdWithCloudEventsHeaders() {
		UUID productId = aKnownProduct();
		Response posted = api.post(productId, aReview().withRating(5).withTitle("Great").withBody("Really great"));

		ConsumerRecord<String, String> record = awaitRecords(TOPIC, posted.id(), 1).get(0);

		assertThat(record.topic()).isEqualTo("review.events");
		assertThat(record.key()).isEqualTo(posted.id());
		assertThat(headers(record)).containsEntry("ce_specversion", "1.0")
			.containsEntry("ce_type", "cloudshop.review.ReviewPosted.v1")
			.containsEntry("ce_source", "/cloudshop/review-service")
			.containsEntry("ce_subject", posted.id())
			.containsEntry("ce_aggregatetype", "Review")
			.containsEntry("ce_aggregateversion", "1")
			.containsEntry("content-type", "application/json")
			.containsKeys("ce_id", "ce_time");
		assertThat(UUID.fromString(CloudEventHeaders.id(record.headers()))).isNotNull();
		assertThat(CloudEventHeaders.time(record.headers())).isNotNull();
		JsonNode payload = JSON.readTree(record.value());
		assertThat(payload.get("reviewId").asString()).isEqualTo(posted.id());
		assertThat(payload.get("productId").asString()).isEqualTo(productId.toString());
		assertThat(payload.get("customerId").asString()).isEqualTo(TestTokens.ALICE);
		assertThat(payload.get("rating").asInt()).isEqualTo(5);
		assertThat(payload.get("title").asString()).isEqualTo("Great");
		assertThat(payload.get("body").asString()).isEqualTo("Really great");
		assertThat(Instant.parse(payload.get("postedAt").asString())).isEqualTo(Instant.parse(posted.text("postedAt")));
	}

	@Test
	void publishesEveryChangeOfAReviewOnceInVersionOrder() {
		UUID productId = aKnownProduct();
		Response posted = api.post(productId, aReview().withRating(4));
		String path = reviewOf(productId, posted.id());
		api.put(path, aReview().withRating(3).asRequest(), HttpHeaders.IF_MATCH, "\"1\"");
		api.put(path, aReview().withRating(2).asRequest(), HttpHeaders.IF_MATCH, "\"2\"");
		api.withToken(TestTokens.admin()).delete(path);

		List<ConsumerRecord<String, String>> records = awaitExactly(TOPIC, posted.id(), 4);

		assertThat(records).extracting((record) -> CloudEventHeaders.aggregateVersion(record.headers()))
			.containsExactly(1L, 2L, 3L, 4L);
		assertThat(records).extracting(ConsumerRecord::partition).containsOnly(records.get(0).partition());
		assertThat(records).extracting((record) -> CloudEventHeaders.type(record.headers()))
			.containsExactly("cloudshop.review.ReviewPosted.v1", "cloudshop.review.ReviewEdited.v1",
					"cloudshop.review.ReviewEdited.v1", "cloudshop.review.ReviewRemoved.v1");
		assertThat(JSON.readTree(records.get(2).value()).get("rating").asInt()).isEqualTo(2);
		assertThat(JSON.readTree(records.get(3).value()).get("removedBy").asString()).isEqualTo("ADMIN");
	}

	@Test
	void publishesNothingForARefusedOrEmptyChange() {
		UUID productId = aKnownProduct();
		Response posted = api.post(productId, aReview().withRating(4));
		String path = reviewOf(productId, posted.id());
		assertThat(api.post(reviewsOf(productId), aReview().asRequest()).status()).isEqualTo(409);
		assertThat(api.put(path, aReview().withRating(1).asRequest(), HttpHeaders.IF_MATCH, "\"7\"").status())
			.isEqualTo(412);
		assertThat(api.asCustomer(TestTokens.BOB).delete(path).status()).isEqualTo(403);
		assertThat(api.put(path, aReview().withRating(4).asRequest(), HttpHeaders.IF_MATCH, "*").status())
			.isEqualTo(200);
		api.delete(path);

		List<ConsumerRecord<String, String>> records = awaitExactly(TOPIC, posted.id(), 2);

		assertThat(records).extracting((record) -> CloudEventHeaders.type(record.headers()))
			.containsExactly("cloudshop.review.ReviewPosted.v1", "cloudshop.review.ReviewRemoved.v1");
		assertThat(JSON.readTree(records.get(1).value()).get("removedBy").asString()).isEqualTo("AUTHOR");
	}

	@Test
	void publishesJsonWithTheShapeOfTheGoldenSamples() {
		UUID productId = aKnownProduct();
		Response posted = api.post(productId, aReview());
		String path = reviewOf(productId, posted.id());
		api.put(path, aReview().withRating(1).asRequest(), HttpHeaders.IF_MATCH, posted.etag());
		api.delete(path);

		List<ConsumerRecord<String, String>> records = awaitRecords(TOPIC, posted.id(), 3);

		assertThat(records).extracting((record) -> GoldenSamples.sampleName(CloudEventHeaders.type(record.headers())))
			.containsExactly("ReviewPosted.v1", "ReviewEdited.v1", "ReviewRemoved.v1");
		records.forEach((record) -> GoldenSamples.assertSameShape(TOPIC, CloudEventHeaders.type(record.headers()),
				record.value()));
	}

	@Test
	void carriesTheTraceContextOfTheRequestThatMadeTheChange() {
		String traceId = UUID.randomUUID().toString().replace("-", "");
		String traceparent = "00-" + traceId + "-" + traceId.substring(0, 16) + "-01";

		Response posted = api.post(reviewsOf(aKnownProduct()), aReview().asRequest(), "traceparent", traceparent);

		ConsumerRecord<String, String> record = awaitRecords(TOPIC, posted.id(), 1).get(0);
		assertThat(CloudEventHeaders.traceparent(record.headers()))
			.hasValueSatisfying((propagated) -> assertThat(propagated).matches("00-" + traceId + "-[0-9a-f]{16}-01"));
	}

	private static Map<String, String> headers(ConsumerRecord<String, String> record) {
		Map<String, String> headers = new HashMap<>();
		for (Header header : record.headers()) {
			headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
		}
		return headers;
	}

}
