package dev.cloudshop.product.reservation.messaging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.cloudshop.product.reservation.FailureReason;
import dev.cloudshop.product.reservation.ReservationLine;
import dev.cloudshop.product.reservation.Shortfall;
import dev.cloudshop.product.reservation.StockReleased;
import dev.cloudshop.product.reservation.StockReservationEvent;
import dev.cloudshop.product.reservation.StockReservationFailed;
import dev.cloudshop.product.reservation.StockReserved;
import dev.cloudshop.support.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ReservationReplyOutboxTests {

	private final List<OutboxEvent> appended = new ArrayList<>();

	private final ReservationReplyOutbox outbox = new ReservationReplyOutbox(this.appended::add);

	private final UUID orderId = UUID.randomUUID();

	private final UUID productId = UUID.randomUUID();

	@Test
	void appendsTheOutcomeAsVersionOneAndTheReleaseAsVersionTwoOfTheOrdersReservation() {
		StockReserved reserved = new StockReserved(this.orderId, List.of(new ReservationLine(this.productId, 2)));
		StockReservationFailed failed = new StockReservationFailed(this.orderId, FailureReason.OUT_OF_STOCK,
				List.of(new Shortfall(this.productId, 2, 1)));
		StockReleased released = new StockReleased(this.orderId, List.of());

		this.outbox.append(reserved);
		this.outbox.append(failed);
		this.outbox.append(released);

		String order = this.orderId.toString();
		assertThat(this.appended).extracting(OutboxEvent::topic, OutboxEvent::aggregateType, OutboxEvent::aggregateId,
				OutboxEvent::aggregateVersion, OutboxEvent::type, OutboxEvent::payload)
			.containsExactly(
					tuple("product.events", "StockReservation", order, 1L, "cloudshop.product.StockReserved.v1", reserved),
					tuple("product.events", "StockReservation", order, 1L, "cloudshop.product.StockReservationFailed.v1",
							failed),
					tuple("product.events", "StockReservation", order, 2L, "cloudshop.product.StockReleased.v1", released));
	}

	@Test
	void namesEveryReplyAsAVersionedCloudEventsType() {
		assertThat(Arrays.asList(StockReservationEvent.class.getPermittedSubclasses()))
			.allSatisfy((type) -> assertThat(ReservationReplyOutbox.TYPES.get(type))
				.isEqualTo("cloudshop.product." + type.getSimpleName() + ".v1"));
	}

}
