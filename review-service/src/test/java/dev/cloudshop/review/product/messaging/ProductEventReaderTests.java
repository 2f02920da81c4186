package dev.cloudshop.review.product.messaging;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.cloudshop.review.product.ProductObservation;
import dev.cloudshop.review.product.ProductStatus;
import dev.cloudshop.review.product.messaging.ProductEventReader.ProductEventNotice;
import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import dev.cloudshop.support.consumer.PoisonEventException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static dev.cloudshop.review.product.messaging.ProductEventBuilder.aProductEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProductEventReaderTests {

	private final ProductEventReader reader = new ProductEventReader(JsonMapper.builder().build());

	private final UUID productId = UUID.randomUUID();

	/**
	 * The aggregate each golden sample of product.events is about. A sample missing here fails
	 * {@link GoldenSamples#coversEverySampleOnTheTopic}: whoever adds one decides what this
	 * reader makes of it.
	 */
	static final Map<String, String> SAMPLE_AGGREGATES = Map.of(
			"ProductCreated.v1", "Product",
			"ProductUpdated.v1", "Product",
			"ProductPriceChanged.v1", "Product",
			"StockAdjusted.v1", "Product",
			"ProductDiscontinued.v1", "Product",
			"StockReserved.v1", "StockReservation",
			"StockReservationFailed.v1", "StockReservation",
			"StockReleased.v1", "StockReservation");

	/** Every golden sample ever published on product.events, found on the classpath (the contracts jar). */
	static List<String> goldenSamples() throws IOException {
		List<String> names = new ArrayList<>();
		for (Resource sample : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:contracts/product.events/*.json")) {
			names.add(sample.getFilename().replaceFirst("\\.json$", ""));
		}
		assertThat(names).contains("ProductCreated.v1", "ProductDiscontinued.v1");
		return names;
	}

	@Nested
	class GoldenSamples {

		@Test
		void coversEverySampleOnTheTopic() throws IOException {
			assertThat(SAMPLE_AGGREGATES).containsOnlyKeys(goldenSamples());
		}

		@ParameterizedTest
		@MethodSource("dev.cloudshop.review.product.messaging.ProductEventReaderTests#goldenSamples")
		void readsEverySample(String sample) {
			String aggregate = SAMPLE_AGGREGATES.getOrDefault(sample, "Product");
			Optional<ProductEventNotice> notice = reader.read(aProductEvent(sample).ofAggregate(aggregate)
				.of(productId)
				.atVersion(7)
				.withEventId("e-1")
				.toConsumerRecord());

			if (!aggregate.equals("Product")) {
				assertThat(notice).as("an event of another aggregate tells nothing about products").isEmpty();
				return;
			}
			ProductStatus implied = sample.startsWith("ProductDiscontinued.") ? ProductStatus.DISCONTINUED
					: ProductStatus.ACTIVE;
			assertThat(notice).hasValueSatisfying((read) -> {
				assertThat(read.eventId()).isEqualTo("e-1");
				assertThat(read.type()).isEqualTo("cloudshop.product." + sample);
				assertThat(read.observation()).isEqualTo(new ProductObservation(productId, 7, implied));
			});
		}

		@Test
		void readsTheValueOfEveryProductSample() {
			SAMPLE_AGGREGATES.forEach((sample, aggregate) -> assertThat(ProductEventReader.KNOWN_TYPES
				.containsKey("cloudshop.product." + sample)).as(sample).isEqualTo(aggregate.equals("Product")));
		}

	}

	@Nested
	class TolerantReading {

		@Test
		void passesOverEventsOfOtherAggregates() {
			UUID orderId = UUID.randomUUID();

			assertThat(reader.read(aProductEvent("StockReserved.v1").ofAggregate("StockReservation")
				.of(orderId)
				.toConsumerRecord())).isEmpty();
			assertThat(reader.read(aProductEvent("cloudshop.product.Whatever.v1").ofAggregate("Other")
				.withKey("not even a UUID")
				.withValue("not JSON")
				.toConsumerRecord())).isEmpty();
		}

		@Test
		void ignoresPropertiesItDoesNotKnow() {
			ProductEventNotice notice = read(aProductEvent("ProductDiscontinued.v1").of(productId)
				.withValue("{\"productId\": \"" + productId + "\", \"reason\": \"Recalled\", \"at\": 1}"));

			assertThat(notice.observation().status()).isEqualTo(ProductStatus.DISCONTINUED);
		}

		@Test
		void takesAnUnknownTypeAsProofThatTheProductExists() {
			ProductEventNotice notice = read(aProductEvent("cloudshop.product.ProductRenamed.v2").of(productId)
				.atVersion(9)
				.withValue("anything at all"));

			assertThat(notice.observation()).isEqualTo(new ProductObservation(productId, 9, ProductStatus.ACTIVE));
		}

	}

	@Nested
	class PoisonRecords {

		@ParameterizedTest
		@ValueSource(strings = { CloudEventHeaders.ID, CloudEventHeaders.TYPE, CloudEventHeaders.AGGREGATE_TYPE,
				CloudEventHeaders.AGGREGATE_VERSION })
		void refusesARecordWithoutAHeaderItNeeds(String header) {
			assertPoison(aProductEvent("ProductCreated.v1").of(productId).without(header), header);
		}

		@ParameterizedTest
		@ValueSource(strings = { "0", "-1", "two", "" })
		void refusesAVersionThatIsNotAPositiveNumber(String version) {
			ProductEventBuilder event = aProductEvent("ProductCreated.v1").of(productId)
				.without(CloudEventHeaders.AGGREGATE_VERSION);
			var record = event.toConsumerRecord();
			CloudEventHeaders.add(record.headers(), CloudEventHeaders.AGGREGATE_VERSION, version);

			assertThatExceptionOfType(PoisonEventException.class).isThrownBy(() -> reader.read(record))
				.withMessageContaining(CloudEventHeaders.AGGREGATE_VERSION);
		}

		@Test
		void refusesARecordWithoutKey() {
			assertPoison(aProductEvent("ProductCreated.v1").of(productId).withKey(null), "no key");
		}

		@Test
		void refusesAKeyThatIsNotAProductId() {
			assertPoison(aProductEvent("cloudshop.product.Unknown.v1").withKey("TSHIRT-RED-M").withValue("{}"),
					"not a product id");
		}

		@Test
		void refusesAValueThatIsNotJson() {
			assertPoison(aProductEvent("ProductCreated.v1").of(productId).withValue("{\"productId\": "),
					"not JSON of the expected shape");
		}

		@Test
		void refusesAValueWithoutProductId() {
			assertPoison(aProductEvent("ProductDiscontinued.v1").of(productId).withValue("{\"sku\": \"ABC\"}"),
					"has no productId");
		}

		@Test
		void refusesAProductIdThatIsNotAUuid() {
			assertPoison(aProductEvent("ProductDiscontinued.v1").of(productId).withValue("{\"productId\": \"ABC\"}"),
					"not JSON of the expected shape");
		}

		@Test
		void refusesAValueAboutAnotherProductThanItsKey() {
			assertPoison(aProductEvent("ProductDiscontinued.v1").of(productId)
				.withValue("{\"productId\": \"" + UUID.randomUUID() + "\"}"), "keyed by " + productId);
		}

		@Test
		void refusesAMissingOrNullValue() {
			assertPoison(aProductEvent("ProductCreated.v1").of(productId).withValue(null), "has no value");
			assertPoison(aProductEvent("ProductCreated.v1").of(productId).withValue("null"), "the value null");
		}

		private void assertPoison(ProductEventBuilder event, String reason) {
			assertThatExceptionOfType(PoisonEventException.class).isThrownBy(() -> read(event))
				.withMessageContaining("product.events-0@42")
				.withMessageContaining(reason);
		}

	}

	/** Reads an event about a product, which must not be passed over. */
	private ProductEventNotice read(ProductEventBuilder event) {
		Optional<ProductEventNotice> notice = this.reader.read(event.toConsumerRecord());
		assertThat(notice).isPresent();
		return notice.get();
	}

}
