package dev.cloudshop.query.catalog.projection;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.cloudshop.query.CatalogApi.Response;
import dev.cloudshop.query.Events;
import dev.cloudshop.query.Events.Event;
import dev.cloudshop.query.QueryServiceIntegrationTest;
import dev.cloudshop.query.catalog.ProductEvents;
import dev.cloudshop.query.catalog.ReviewEvents;
import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.cloudshop.query.catalog.ProductEvents.aProduct;
import static dev.cloudshop.query.catalog.ReviewEvents.aReviewOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Events on product.events and review.events, as the catalog shows them. */
class CatalogProjectionIntegrationTests extends QueryServiceIntegrationTest {

	@Autowired
	private JdbcClient database;

	@Nested
	class ProductChanges {

		@Test
		void showsACreatedProductWithItsFreshness() {
			ProductEvents product = aProduct().withName("Mug").withDescription("Stoneware").withPrice("12.50")
				.withStock(7);
			Event created = product.created().publish();

			Response shown = api.awaitProduct(product.id(), 1);

			JsonNode body = shown.body();
			assertThat(body.propertyNames()).containsExactlyInAnyOrder("id", "sku", "name", "description", "price",
					"currency", "stock", "status", "ratingAverage", "reviewCount", "latestReviews", "createdAt",
					"freshness");
			assertThat(shown.text("id")).isEqualTo(product.id());
			assertThat(shown.text("sku")).isEqualTo(product.sku());
			assertThat(shown.text("name")).isEqualTo("Mug");
			assertThat(shown.text("description")).isEqualTo("Stoneware");
			assertThat(body.get("price").decimalValue()).isEqualByComparingTo("12.50");
			assertThat(shown.text("currency")).isEqualTo("EUR");
			assertThat(body.get("stock").asInt()).isEqualTo(7);
			assertThat(shown.text("status")).isEqualTo("ACTIVE");
			assertThat(body.get("ratingAverage").isNull()).isTrue();
			assertThat(body.get("reviewCount").asInt()).isZero();
			assertThat(body.get("latestReviews")).isEmpty();
			assertThat(Instant.parse(shown.text("createdAt"))).isEqualTo(created.time());
			JsonNode freshness = body.get("freshness");
			assertThat(freshness.get("productVersion").asLong()).isEqualTo(1);
			assertThat(Instant.parse(freshness.get("lastEventAt").asString())).isEqualTo(created.time());
			assertThat(Instant.parse(freshness.get("appliedAt").asString())).isAfterOrEqualTo(created.time())
				.isBeforeOrEqualTo(Instant.now());
		}

		@Test
		void appliesEveryChangeOfAProduct() {
			ProductEvents product = aProduct().withPrice("10.00").withStock(5);
			Event created = product.created();
			Event updated = product.updated("Big mug", "Holds 500 ml", "14.00");
			Event priceChanged = product.priceChanged("13.00");
			Event stockAdjusted = product.stockAdjusted(-2);
			Event discontinued = product.discontinued();
			Events.publish(created, updated, priceChanged, stockAdjusted, discontinued);

			Response shown = api.awaitProduct(product.id(), 5);

			assertThat(shown.text("name")).isEqualTo("Big mug");
			assertThat(shown.text("description")).isEqualTo("Holds 500 ml");
			assertThat(shown.body().get("price").decimalValue()).isEqualByComparingTo("13.00");
			assertThat(shown.body().get("stock").asInt()).isEqualTo(3);
			assertThat(shown.text("status")).isEqualTo("DISCONTINUED");
			assertThat(Instant.parse(shown.text("createdAt"))).isEqualTo(created.time());
			assertThat(Instant.parse(shown.body().get("freshness").get("lastEventAt").asString()))
				.isEqualTo(discontinued.time());
		}

	}

	@Nested
	class Ordering {

		@Test
		void appliesARedeliveredEventOnlyOnce() {
			ProductEvents product = aProduct();
			Event created = product.created();
			Event cheaper = product.priceChanged("10.00");
			Event dearer = product.priceChanged("12.00");
			Events.publish(created, cheaper, dearer);
			api.awaitProduct(product.id(), 3);

			Events.publish(cheaper, product.stockAdjusted(1));

			Response shown = api.awaitProduct(product.id(), 4);
			assertThat(shown.body().get("price").decimalValue()).isEqualByComparingTo("12.00");
			assertThat(processedCount(cheaper)).isEqualTo(1);
		}

		@Test
		void skipsAVersionAlreadyReachedEvenUnderAnotherEventId() {
			ProductEvents product = aProduct();
			Event created = product.created();
			Event cheaper = product.priceChanged("10.00");
			Event dearer = product.priceChanged("12.00");
			Events.publish(created, cheaper, dearer);
			api.awaitProduct(product.id(), 3);

			Events.publish(cheaper.withHeader(CloudEventHeaders.ID, UUID.randomUUID().toString()),
					product.stockAdjusted(1));

			Response shown = api.awaitProduct(product.id(), 4);
			assertThat(shown.body().get("price").decimalValue()).isEqualByComparingTo("12.00");
		}

		@Test
		void parksAnEventThatComesBeforeItsPredecessorThenAppliesBothInOrder() {
			ProductEvents product = aProduct().withPrice("20.00").withStock(10);
			Event created = product.created();
			Event priceChanged = product.priceChanged("15.00");
			Event stockAdjusted = product.stockAdjusted(-4);
			Events.publish(created);
			api.awaitProduct(product.id(), 1);

			stockAdjusted.publish();

			await().atMost(Duration.ofSeconds(30)).until(() -> parkedVersions(product.id()).equals(List.of(3L)));
			assertThat(api.product(product.id()).version()).isEqualTo(1);

			priceChanged.publish();

			Response shown = api.awaitProduct(product.id(), 3);
			assertThat(shown.body().get("price").decimalValue()).isEqualByComparingTo("15.00");
			assertThat(shown.body().get("stock").asInt()).isEqualTo(6);
			assertThat(parkedVersions(product.id())).isEmpty();
		}

		@Test
		void keepsTheChangesOfAProductThatComeBeforeItsCreation() {
			ProductEvents product = aProduct().withStock(10);
			Event created = product.created();
			Event stockAdjusted = product.stockAdjusted(5);
			stockAdjusted.publish();
			await().atMost(Duration.ofSeconds(30)).until(() -> parkedVersions(product.id()).equals(List.of(2L)));

			created.publish();

			assertThat(api.awaitProduct(product.id(), 2).body().get("stock").asInt()).isEqualTo(15);
		}

		@Test
		void advancesTheVersionOverAnEventOfAnUnknownType() {
			ProductEvents product = aProduct().withName("Lamp").withPrice("30.00");
			Event created = product.created();
			Event unknown = product.ofUnknownType("ProductRenamed.v1");
			Events.publish(created, unknown);

			Response afterUnknown = api.awaitProduct(product.id(), 2);
			assertThat(afterUnknown.text("name")).isEqualTo("Lamp");
			assertThat(Instant.parse(afterUnknown.body().get("freshness").get("lastEventAt").asString()))
				.isEqualTo(unknown.time());

			product.priceChanged("25.00").publish();

			Response shown = api.awaitProduct(product.id(), 3);
			assertThat(shown.body().get("price").decimalValue()).isEqualByComparingTo("25.00");
		}

		@Test
		void advancesTheVersionOverANewerVersionOfAKnownType() {
			ProductEvents product = aProduct().withPrice("30.00");
			Events.publish(product.created(), product.ofUnknownType("ProductPriceChanged.v2"),
					product.priceChanged("28.00"));

			assertThat(api.awaitProduct(product.id(), 3).body().get("price").decimalValue())
				.isEqualByComparingTo("28.00");
		}

	}

	@Nested
	class Reviews {

		@Test
		void ratesAProductByItsPublishedReviewsNewestFirst() {
			ProductEvents product = aProduct();
			product.created().publish();
			ReviewEvents good = aReviewOf(product.id()).rated(4).titled("Good");
			ReviewEvents poor = aReviewOf(product.id()).rated(2).titled("Poor");
			Instant now = ProductEvents.now();
			Events.publish(good.posted(now.minusSeconds(60)), poor.posted(now));

			Response shown = awaitReviewCount(product.id(), 2);

			assertThat(shown.body().get("ratingAverage").decimalValue()).isEqualByComparingTo("3.00");
			List<JsonNode> reviews = new ArrayList<>();
			shown.body().get("latestReviews").forEach(reviews::add);
			assertThat(reviews).extracting((review) -> review.get("title").asString()).containsExactly("Poor", "Good");
			assertThat(reviews.get(0).propertyNames()).containsExactlyInAnyOrder("reviewId", "rating", "title", "body",
					"postedAt");
			assertThat(reviews.get(0).get("reviewId").asString()).isEqualTo(poor.id());
			assertThat(reviews.get(0).get("rating").asInt()).isEqualTo(2);
			assertThat(Instant.parse(reviews.get(0).get("postedAt").asString())).isEqualTo(now);
		}

		@Test
		void keepsAReviewThatComesBeforeItsProduct() {
			ProductEvents product = aProduct();
			ReviewEvents review = aReviewOf(product.id()).rated(5);
			review.posted().publish();
			await().atMost(Duration.ofSeconds(30))
				.until(() -> database.sql("select count(*) from catalog_review where review_id = :id")
					.param("id", UUID.fromString(review.id()))
					.query(Long.class)
					.single() > 0);

			product.created().publish();

			Response shown = awaitReviewCount(product.id(), 1);
			assertThat(shown.body().get("ratingAverage").decimalValue()).isEqualByComparingTo("5.00");
			assertThat(shown.body().get("latestReviews").get(0).get("reviewId").asString()).isEqualTo(review.id());
		}

		@Test
		void recomputesTheRatingWhenAReviewIsEditedOrRemoved() {
			ProductEvents product = aProduct();
			product.created().publish();
			ReviewEvents first = aReviewOf(product.id()).rated(4);
			ReviewEvents second = aReviewOf(product.id()).rated(2);
			Events.publish(first.posted(), second.posted());
			awaitReviewCount(product.id(), 2);

			second.edited(5).publish();

			await().atMost(Duration.ofSeconds(30))
				.until(() -> api.product(product.id()).body().get("ratingAverage").decimalValue().doubleValue() == 4.5);

			first.removed().publish();

			Response shown = awaitReviewCount(product.id(), 1);
			assertThat(shown.body().get("ratingAverage").decimalValue()).isEqualByComparingTo("5.00");
			assertThat(shown.body().get("latestReviews")).hasSize(1);
			assertThat(shown.body().get("latestReviews").get(0).get("reviewId").asString()).isEqualTo(second.id());
		}

		@Test
		void showsTheFiveNewestOfMoreReviews() {
			ProductEvents product = aProduct();
			product.created().publish();
			List<ReviewEvents> reviews = new ArrayList<>();
			List<Event> posted = new ArrayList<>();
			Instant start = ProductEvents.now().minusSeconds(3600);
			for (int i = 0; i < 7; i++) {
				ReviewEvents review = aReviewOf(product.id()).rated(3).titled("Review " + i);
				reviews.add(review);
				posted.add(review.posted(start.plusSeconds(i)));
			}
			Events.publishAll(posted);

			Response shown = awaitReviewCount(product.id(), 7);

			List<String> titles = new ArrayList<>();
			shown.body().get("latestReviews").forEach((review) -> titles.add(review.get("title").asString()));
			assertThat(titles).containsExactly("Review 6", "Review 5", "Review 4", "Review 3", "Review 2");
		}

		private Response awaitReviewCount(String productId, int count) {
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				Response read = api.product(productId);
				return read.status() == 200 && read.body().get("reviewCount").asInt() == count;
			});
			return api.product(productId);
		}

	}

	@Nested
	class PoisonRecords {

		@Test
		void parksARecordThatIsNotJsonOnTheDeadLetterTopicAndAppliesTheNextOne() {
			ProductEvents product = aProduct();
			Event created = product.created();
			created.withValue("{not json").withHeader(CloudEventHeaders.ID, UUID.randomUUID().toString()).publish();
			created.publish();

			api.awaitProduct(product.id(), 1);

			ConsumerRecord<String, String> deadLetter = Events.awaitDeadLetter(product.id());
			assertThat(deadLetter.value()).isEqualTo("{not json");
			assertThat(header(deadLetter, "kafka_dlt-exception-message")).contains("poison");
			assertThat(header(deadLetter, "cloudshop_dlt-reason")).contains("ProductCreated");
			assertThat(header(deadLetter, "kafka_dlt-original-topic")).isEqualTo(Events.PRODUCT_EVENTS);
		}

		@Test
		void parksARecordWithoutItsAggregateVersion() {
			ProductEvents product = aProduct();
			Event created = product.created();
			created.withHeader(CloudEventHeaders.AGGREGATE_VERSION, null)
				.withHeader(CloudEventHeaders.ID, UUID.randomUUID().toString())
				.publish();
			created.publish();

			api.awaitProduct(product.id(), 1);

			assertThat(header(Events.awaitDeadLetter(product.id()), "cloudshop_dlt-reason"))
				.contains(CloudEventHeaders.AGGREGATE_VERSION);
		}

		private static String header(ConsumerRecord<String, String> record, String name) {
			return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
		}

	}

	@Test
	void publishesTheProjectionLag() {
		ProductEvents product = aProduct();
		product.created().publish();
		api.awaitProduct(product.id(), 1);

		String metrics = api.text("/actuator/prometheus");

		assertThat(metrics).containsPattern("(?m)^cloudshop_projection_lag_seconds\\{[^}]*projection=\"catalog\"[^}]*} [0-9.eE+-]+$");
	}

	private long processedCount(Event event) {
		return this.database.sql("""
				select count(*) from processed_event where event_id = :id
				  and consumer = 'catalog-' || (select generation from catalog_generation where state = 'ACTIVE')""")
			.param("id", event.id())
			.query(Long.class)
			.single();
	}

	private List<Long> parkedVersions(String productId) {
		return this.database.sql("""
				select version from catalog_parked_event
				where aggregate_type = 'Product' and aggregate_id = :id
				  and generation = (select generation from catalog_generation where state = 'ACTIVE')
				order by version""")
			.param("id", productId)
			.query(Long.class)
			.list();
	}

}
