package dev.cloudshop.query.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineEntryTests {

	private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

	@Test
	void listsAPlacedOrderAlone() {
		assertThat(TimelineEntry.of(T0, null, null, List.of()))
			.containsExactly(new TimelineEntry(TimelineEntry.PENDING, T0));
	}

	@Test
	void interleavesTheStatusesAndThePaymentStepsByTime() {
		List<TimelineEntry> timeline = TimelineEntry.of(T0, null, T0.plusSeconds(3),
				List.of(step(PaymentStep.REFUNDED, T0.plusSeconds(4)), step(PaymentStep.AUTHORIZED, T0.plusSeconds(1))));

		assertThat(timeline).extracting(TimelineEntry::status)
			.containsExactly("PENDING", "PAYMENT_AUTHORIZED", "CANCELLED", "PAYMENT_REFUNDED");
	}

	@Test
	void putsStepsAtTheSameInstantInTheirNaturalOrder() {
		List<TimelineEntry> timeline = TimelineEntry.of(T0, T0, null, List.of(step(PaymentStep.AUTHORIZED, T0)));

		assertThat(timeline).extracting(TimelineEntry::status)
			.containsExactly("PENDING", "PAYMENT_AUTHORIZED", "CONFIRMED");
	}

	@Test
	void showsAPaymentStepThatHappenedBeforeThePlacingFirst() {
		List<TimelineEntry> timeline = TimelineEntry.of(T0, null, null,
				List.of(step(PaymentStep.REFUNDED, T0.minusSeconds(1))));

		assertThat(timeline).extracting(TimelineEntry::status).containsExactly("PAYMENT_REFUNDED", "PENDING");
	}

	private static RecordedPaymentStep step(PaymentStep step, Instant at) {
		return new RecordedPaymentStep(step, BigDecimal.ONE, null, at);
	}

}
