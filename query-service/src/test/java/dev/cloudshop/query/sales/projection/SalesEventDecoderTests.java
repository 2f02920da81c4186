package dev.cloudshop.query.sales.projection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import dev.cloudshop.contracts.GoldenSamples;
import dev.cloudshop.query.projection.Envelope;
import dev.cloudshop.query.projection.MalformedEventException;
import dev.cloudshop.query.sales.OrderConfirmed;
import dev.cloudshop.query.sales.OrderPlaced;
import dev.cloudshop.query.sales.UnknownEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SalesEventDecoderTests {

	private static final String ORDER_ID = "5f0c2a8e-7d4b-4c1a-9b3e-2a6d8f1c0e47";

	private final SalesEventDecoder decoder = new SalesEventDecoder(JsonMapper.builder().build());

	@Test
	void readsTheLinesOfOrderPlaced() {
		OrderPlaced placed = (OrderPlaced) this.decoder.decode(order("cloudshop.order.OrderPlaced.v1",
				GoldenSamples.text("order.events", "OrderPlaced.v1")));

		assertThat(placed.lines()).containsExactly(new OrderPlaced.Line(
				UUID.fromString("0b6f9a52-3c1e-4d8a-9f2e-7c5d1a4b8e90"), "T-shirt, red, M", 2, new BigDecimal("19.99")));
		assertThat(placed.lines().get(0).total()).isEqualByComparingTo("39.98");
		assertThat(placed.currency()).isEqualTo("EUR");
	}

	@Test
	void readsOrderConfirmed() {
		assertThat(this.decoder.decode(order("cloudshop.order.OrderConfirmed.v1",
				GoldenSamples.text("order.events", "OrderConfirmed.v1"))))
			.isEqualTo(new OrderConfirmed(UUID.fromString(ORDER_ID), new BigDecimal("39.98"), "EUR",
					Instant.parse("2026-11-25T10:15:31.456789Z")));
	}

	@Test
	void makesATypeItDoesNotKnowAnUnknownEvent() {
		assertThat(this.decoder.decode(order("cloudshop.order.OrderConfirmed.v2", "{}")))
			.isEqualTo(new UnknownEvent("cloudshop.order.OrderConfirmed.v2"));
	}

	@Test
	void rejectsAConfirmationWithoutItsTotal() {
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.decoder.decode(order("cloudshop.order.OrderConfirmed.v1",
					"{\"orderId\":\"" + ORDER_ID + "\",\"currency\":\"EUR\",\"confirmedAt\":\"2026-11-25T10:15:31Z\"}")))
			.withMessageContaining("total");
	}

	@Test
	void rejectsAPayloadAboutAnotherOrderThanTheRecord() {
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.decoder.decode(new Envelope("e-1", "Order", UUID.randomUUID().toString(), 2,
					"cloudshop.order.OrderCancelled.v1", Instant.now(),
					GoldenSamples.text("order.events", "OrderCancelled.v1"))));
	}

	private static Envelope order(String type, String payload) {
		return new Envelope("e-1", "Order", ORDER_ID, 1, type, Instant.parse("2026-11-25T10:15:30Z"), payload);
	}

}
