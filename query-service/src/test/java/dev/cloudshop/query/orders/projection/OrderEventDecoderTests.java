package dev.cloudshop.query.orders.projection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.cloudshop.contracts.GoldenSamples;
import dev.cloudshop.query.orders.OrderPlaced;
import dev.cloudshop.query.orders.OrdersEvent;
import dev.cloudshop.query.orders.PaymentRefunded;
import dev.cloudshop.query.orders.UnknownEvent;
import dev.cloudshop.query.projection.Envelope;
import dev.cloudshop.query.projection.MalformedEventException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OrderEventDecoderTests {

	private static final String ORDER_ID = "5f0c2a8e-7d4b-4c1a-9b3e-2a6d8f1c0e47";

	private static final String PAYMENT_ORDER_ID = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";

	private final OrderEventDecoder decoder = new OrderEventDecoder(JsonMapper.builder().build());

	@Test
	void readsOrderPlaced() {
		OrdersEvent event = this.decoder.decode(order("cloudshop.order.OrderPlaced.v1",
				GoldenSamples.text("order.events", "OrderPlaced.v1")));

		assertThat(event).isEqualTo(new OrderPlaced(UUID.fromString(ORDER_ID),
				UUID.fromString("8c3e1f5a-2b7d-4e9a-a1c6-3d5f7b9e0a12"),
				List.of(new OrderPlaced.Line(UUID.fromString("0b6f9a52-3c1e-4d8a-9f2e-7c5d1a4b8e90"), "T-shirt, red, M", 2,
						new BigDecimal("19.99"))),
				new BigDecimal("39.98"), "EUR", Instant.parse("2026-11-25T10:15:30.123456Z")));
	}

	@Test
	void readsTheRefundOfAVoidedPaymentWithoutACustomer() {
		OrdersEvent event = this.decoder.decode(payment("cloudshop.payment.PaymentRefunded.v1", "{\"orderId\":\""
				+ PAYMENT_ORDER_ID + "\",\"paymentId\":null,\"customerId\":null,\"amount\":0.00,\"currency\":\"EUR\"}"));

		assertThat(event).isEqualTo(new PaymentRefunded(UUID.fromString(PAYMENT_ORDER_ID), null, null,
				new BigDecimal("0.00"), "EUR"));
	}

	@Test
	void makesATypeItDoesNotKnowAnUnknownEvent() {
		assertThat(this.decoder.decode(order("cloudshop.order.OrderShipped.v1", "{\"anything\":1}")))
			.isEqualTo(new UnknownEvent("cloudshop.order.OrderShipped.v1"));
	}

	@Test
	void rejectsAnOrderWithoutLines() {
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.decoder.decode(order("cloudshop.order.OrderPlaced.v1", "{\"orderId\":\"" + ORDER_ID
					+ "\",\"customerId\":\"" + ORDER_ID + "\",\"lines\":[],\"total\":0,\"currency\":\"EUR\","
					+ "\"placedAt\":\"2026-11-25T10:15:30Z\"}")))
			.withMessageContaining("no lines");
	}

	@Test
	void rejectsALineWithoutQuantity() {
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.decoder.decode(order("cloudshop.order.OrderPlaced.v1",
					GoldenSamples.text("order.events", "OrderPlaced.v1").replace("\"quantity\": 2,", ""))))
			.withMessageContaining("quantity");
	}

	@Test
	void rejectsACancellationWithoutReason() {
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.decoder.decode(order("cloudshop.order.OrderCancelled.v1", "{\"orderId\":\""
					+ ORDER_ID + "\",\"customerId\":\"" + ORDER_ID + "\",\"cancelledAt\":\"2026-11-25T10:15:30Z\"}")))
			.withMessageContaining("reason");
	}

	@Test
	void rejectsAPayloadThatIsNotJson() {
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.decoder.decode(order("cloudshop.order.OrderConfirmed.v1", "{not json")));
	}

	@Test
	void rejectsAPayloadAboutAnotherOrderThanTheRecord() {
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.decoder.decode(new Envelope("e-1", "Order", UUID.randomUUID().toString(), 1,
					"cloudshop.order.OrderPlaced.v1", Instant.now(), GoldenSamples.text("order.events", "OrderPlaced.v1"))))
			.withMessageContaining("is about order " + ORDER_ID);
	}

	@Test
	void rejectsAnEventOfAnotherAggregateTypeThanItsType() {
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.decoder.decode(new Envelope("e-1", "Payment", ORDER_ID, 1,
					"cloudshop.order.OrderPlaced.v1", Instant.now(), GoldenSamples.text("order.events", "OrderPlaced.v1"))))
			.withMessageContaining("not of a Payment");
	}

	@Test
	void rejectsAnOrderEventWhoseKeyIsNoOrderId() {
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.decoder.decode(new Envelope("e-1", "Order", "order-1", 1,
					"cloudshop.order.OrderShipped.v1", Instant.now(), "{}")))
			.withMessageContaining("not an order id");
	}

	private static Envelope order(String type, String payload) {
		return new Envelope("e-1", "Order", ORDER_ID, 1, type, Instant.parse("2026-11-25T10:15:30Z"), payload);
	}

	private static Envelope payment(String type, String payload) {
		return new Envelope("e-1", "Payment", PAYMENT_ORDER_ID, 2, type, Instant.parse("2026-11-25T10:15:30Z"), payload);
	}

}
