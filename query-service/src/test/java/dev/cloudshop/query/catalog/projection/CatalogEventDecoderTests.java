package dev.cloudshop.query.catalog.projection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import dev.cloudshop.contracts.GoldenSamples;
import dev.cloudshop.query.catalog.CatalogEvent;
import dev.cloudshop.query.catalog.ProductCreated;
import dev.cloudshop.query.catalog.StockAdjusted;
import dev.cloudshop.query.catalog.UnknownEvent;
import dev.cloudshop.query.projection.Envelope;
import dev.cloudshop.query.projection.MalformedEventException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CatalogEventDecoderTests {

	private static final String PRODUCT_ID = "0b6f9a52-3c1e-4d8a-9f2e-7c5d1a4b8e90";

	private final CatalogEventDecoder decoder = new CatalogEventDecoder(JsonMapper.builder().build());

	@Test
	void readsProductCreated() {
		CatalogEvent event = this.decoder.decode(product("cloudshop.product.ProductCreated.v1",
				GoldenSamples.text("product.events", "ProductCreated.v1")));

		assertThat(event).isEqualTo(new ProductCreated(UUID.fromString(PRODUCT_ID), "TSHIRT-RED-M", "T-shirt, red, M",
				"Organic cotton, 180 g/m²", new BigDecimal("19.99"), "EUR", 100));
	}

	@Test
	void ignoresFieldsItDoesNotNeed() {
		CatalogEvent event = this.decoder.decode(product("cloudshop.product.StockAdjusted.v1",
				"{\"productId\":\"" + PRODUCT_ID + "\",\"stock\":4,\"warehouse\":\"north\"}"));

		assertThat(event).isEqualTo(new StockAdjusted(UUID.fromString(PRODUCT_ID), null, null, 4));
	}

	@Test
	void readsAMissingDescriptionAsEmpty() {
		CatalogEvent event = this.decoder.decode(product("cloudshop.product.ProductCreated.v1", "{\"productId\":\""
				+ PRODUCT_ID + "\",\"sku\":\"A-1\",\"name\":\"A\",\"price\":1,\"currency\":\"EUR\",\"stock\":0}"));

		assertThat(((ProductCreated) event).description()).isEmpty();
	}

	@Test
	void makesATypeItDoesNotKnowAnUnknownEvent() {
		CatalogEvent event = this.decoder.decode(product("cloudshop.product.ProductCreated.v2", "{\"anything\":1}"));

		assertThat(event).isEqualTo(new UnknownEvent("cloudshop.product.ProductCreated.v2"));
	}

	@Test
	void rejectsAPayloadThatIsNotJson() {
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.decoder.decode(product("cloudshop.product.ProductDiscontinued.v1", "{not json")));
	}

	@Test
	void rejectsAPayloadWithoutARequiredField() {
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.decoder.decode(product("cloudshop.product.StockAdjusted.v1",
					"{\"productId\":\"" + PRODUCT_ID + "\",\"delta\":1}")))
			.withMessageContaining("stock");
	}

	@Test
	void rejectsAValueOfTheWrongType() {
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.decoder.decode(product("cloudshop.product.ProductPriceChanged.v1",
					"{\"productId\":\"" + PRODUCT_ID + "\",\"price\":\"cheap\",\"currency\":\"EUR\"}")));
	}

	@Test
	void rejectsAPayloadAboutAnotherAggregateThanTheRecord() {
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.decoder.decode(product("cloudshop.product.ProductDiscontinued.v1",
					"{\"productId\":\"" + UUID.randomUUID() + "\"}")));
	}

	@Test
	void rejectsAnEventOfAnotherAggregateType() {
		Envelope review = new Envelope(UUID.randomUUID().toString(), CatalogEvent.REVIEW, PRODUCT_ID, 1,
				"cloudshop.product.ProductDiscontinued.v1", Instant.now(), "{\"productId\":\"" + PRODUCT_ID + "\"}");

		assertThatExceptionOfType(MalformedEventException.class).isThrownBy(() -> this.decoder.decode(review));
	}

	@Test
	void rejectsARatingOutsideOneToFive() {
		UUID reviewId = UUID.randomUUID();
		Envelope posted = new Envelope(UUID.randomUUID().toString(), CatalogEvent.REVIEW, reviewId.toString(), 1,
				"cloudshop.review.ReviewPosted.v1", Instant.now(), "{\"reviewId\":\"" + reviewId + "\",\"productId\":\""
						+ PRODUCT_ID + "\",\"customerId\":\"c\",\"rating\":6,\"postedAt\":\"2026-11-25T10:00:00Z\"}");

		assertThatExceptionOfType(MalformedEventException.class).isThrownBy(() -> this.decoder.decode(posted))
			.withMessageContaining("rating");
	}

	private static Envelope product(String type, String payload) {
		return new Envelope(UUID.randomUUID().toString(), CatalogEvent.PRODUCT, PRODUCT_ID, 1, type, Instant.now(),
				payload);
	}

}
