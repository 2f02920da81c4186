package dev.cloudshop.support.outbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OutboxEventTests {

	record Payload(String value) {
	}

	@Test
	void refusesAnEventWithoutAggregateId() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutboxEvent("product.events", "Product", " ", 1, "cloudshop.product.X.v1",
					new Payload("x")))
			.withMessageContaining("aggregateId");
	}

	@Test
	void refusesAnEventWithoutPayload() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutboxEvent("product.events", "Product", "p-1", 1, "cloudshop.product.X.v1", null))
			.withMessageContaining("payload");
	}

	@Test
	void refusesAnEventWithoutType() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutboxEvent("product.events", "Product", "p-1", 1, "", new Payload("x")))
			.withMessageContaining("type");
	}

}
