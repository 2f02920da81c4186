package dev.cloudshop.query.catalog.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.cloudshop.contracts.GoldenSamples;
import dev.cloudshop.query.CatalogApi.Response;
import dev.cloudshop.query.Events;
import dev.cloudshop.query.Events.Event;
import dev.cloudshop.query.QueryServiceIntegrationTest;
import dev.cloudshop.query.catalog.CatalogEvent;
import dev.cloudshop.query.catalog.ProductEvents;
import dev.cloudshop.query.catalog.projection.CatalogEventDecoder;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.cloudshop.query.catalog.ProductEvents.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The catalog reads every golden sample of the topics it consumes: each sample, sent as its
 * producer sends it, changes the catalog as the sample says, or is left alone as the event of
 * another aggregate. A new sample that is neither fails the test.
 */
class CatalogContractIntegrationTests extends QueryServiceIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Product samples in the order they may happen in; ProductCreated first. */
	private static final List<String> PRODUCT_LIFE = List.of("ProductCreated.v1", "ProductUpdated.v1",
			"ProductPriceChanged.v1", "StockAdjusted.v1", "ProductDiscontinued.v1");

	private static final List<String> REVIEW_LIFE = List.of("ReviewPosted.v1", "ReviewEdited.v1", "ReviewRemoved.v1");

	/**
	 * Samples of other aggregates on product.events (the order saga's stock reservations, keyed
	 * by order id), which the catalog leaves alone, in the order they may happen in.
	 */
	private static final List<String> STOCK_RESERVATION_LIFE = List.of("StockReserved.v1", "StockReservationFailed.v1",
			"StockReleased.v1");

	@Autowired
	private JdbcClient database;

	@Test
	void readsEverySampleOfProductEvents() {
		List<String> known = new ArrayList<>(PRODUCT_LIFE);
		known.addAll(STOCK_RESERVATION_LIFE);
		assertThat(samples(Events.PRODUCT_EVENTS)).containsExactlyInAnyOrderElementsOf(known);
		String productId = UUID.randomUUID().toString();

		for (int i = 0; i < PRODUCT_LIFE.size(); i++) {
			String sample = PRODUCT_LIFE.get(i);
			assertThat(CatalogEventDecoder.reads("cloudshop.product." + sample)).as(sample).isTrue();
			ObjectNode payload = (ObjectNode) GoldenSamples.load(Events.PRODUCT_EVENTS, sample);
			payload.put("productId", productId);
			event(Events.PRODUCT_EVENTS, CatalogEvent.PRODUCT, productId, i + 1, "cloudshop.product." + sample, payload)
				.publish();
			api.awaitProduct(productId, i + 1);
		}

		Response shown = api.product(productId);
		assertThat(shown.text("sku")).isEqualTo(sampleText("ProductCreated.v1", "sku"));
		assertThat(shown.text("name")).isEqualTo(sampleText("ProductUpdated.v1", "name"));
		assertThat(shown.text("description")).isEqualTo(sampleText("ProductUpdated.v1", "description"));
		assertThat(shown.body().get("price").decimalValue())
			.isEqualByComparingTo(sample(Events.PRODUCT_EVENTS, "ProductPriceChanged.v1").get("price").decimalValue());
		assertThat(shown.body().get("stock").asInt())
			.isEqualTo(sample(Events.PRODUCT_EVENTS, "StockAdjusted.v1").get("stock").asInt());
		assertThat(shown.text("status")).isEqualTo("DISCONTINUED");
	}

	@Test
	void leavesTheStockReservationsOnProductEventsAlone() {
		String key = UUID.randomUUID().toString();
		List<Event> events = new ArrayList<>();
		for (int i = 0; i < STOCK_RESERVATION_LIFE.size(); i++) {
			String sample = STOCK_RESERVATION_LIFE.get(i);
			ObjectNode payload = (ObjectNode) GoldenSamples.load(Events.PRODUCT_EVENTS, sample);
			payload.put("orderId", key);
			events.add(event(Events.PRODUCT_EVENTS, "StockReservation", key, i + 1, "cloudshop.product." + sample,
					payload));
		}
		ObjectNode product = (ObjectNode) GoldenSamples.load(Events.PRODUCT_EVENTS, "ProductCreated.v1");
		product.put("productId", key);
		events.add(event(Events.PRODUCT_EVENTS, CatalogEvent.PRODUCT, key, 1, "cloudshop.product.ProductCreated.v1",
				product));

		Events.publish(events.toArray(Event[]::new));

		api.awaitProduct(key, 1);
		assertThat(Events.deadLetters(key)).isEmpty();
		assertThat(this.database.sql("""
				select count(*) from catalog_aggregate where aggregate_id = :id
				  and generation = (select generation from catalog_generation where state = 'ACTIVE')""")
			.param("id", key)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void readsEverySampleOfReviewEvents() {
		assertThat(samples(Events.REVIEW_EVENTS)).containsExactlyInAnyOrderElementsOf(REVIEW_LIFE);
		ProductEvents product = aProduct();
		product.created().publish();
		String reviewId = UUID.randomUUID().toString();
		List<Event> events = new ArrayList<>();
		for (int i = 0; i < REVIEW_LIFE.size(); i++) {
			String sample = REVIEW_LIFE.get(i);
			assertThat(CatalogEventDecoder.reads("cloudshop.review." + sample)).as(sample).isTrue();
			ObjectNode payload = (ObjectNode) GoldenSamples.load(Events.REVIEW_EVENTS, sample);
			payload.put("reviewId", reviewId);
			payload.put("productId", product.id());
			events.add(event(Events.REVIEW_EVENTS, CatalogEvent.REVIEW, reviewId, i + 1, "cloudshop.review." + sample,
					payload));
		}

		events.get(0).publish();
		await().atMost(Duration.ofSeconds(30)).until(() -> reviewCount(product.id()) == 1);
		JsonNode posted = api.product(product.id()).body();
		assertThat(posted.get("ratingAverage").decimalValue())
			.isEqualByComparingTo(BigDecimal.valueOf(sample(Events.REVIEW_EVENTS, "ReviewPosted.v1").get("rating").asInt()));
		assertThat(posted.get("latestReviews").get(0).get("title").asString())
			.isEqualTo(sample(Events.REVIEW_EVENTS, "ReviewPosted.v1").get("title").asString());

		events.get(1).publish();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> api.product(product.id()).body().get("ratingAverage").decimalValue().compareTo(
					BigDecimal.valueOf(sample(Events.REVIEW_EVENTS, "ReviewEdited.v1").get("rating").asInt())) == 0);

		events.get(2).publish();
		await().atMost(Duration.ofSeconds(30)).until(() -> reviewCount(product.id()) == 0);
		assertThat(api.product(product.id()).body().get("latestReviews")).isEmpty();
	}

	private int reviewCount(String productId) {
		return api.product(productId).body().get("reviewCount").asInt();
	}

	private static Event event(String topic, String aggregateType, String aggregateId, long version, String type,
			JsonNode payload) {
		return Event.of(topic, aggregateType, aggregateId, version, type, ProductEvents.now(),
				JSON.writeValueAsString(payload));
	}

	private static JsonNode sample(String topic, String name) {
		return GoldenSamples.load(topic, name);
	}

	private static String sampleText(String name, String field) {
		return sample(Events.PRODUCT_EVENTS, name).get(field).asString();
	}

	/** The names of every sample of the topic on the classpath, e.g. {@code ProductCreated.v1}. */
	private static List<String> samples(String topic) {
		try {
			List<String> names = new ArrayList<>();
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:contracts/" + topic + "/*.json")) {
				names.add(resource.getFilename().replaceFirst("\\.json$", ""));
			}
			return names;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
