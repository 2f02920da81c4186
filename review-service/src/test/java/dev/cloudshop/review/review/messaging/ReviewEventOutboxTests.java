package dev.cloudshop.review.review.messaging;

import java.util.Arrays;

import dev.cloudshop.contracts.GoldenSamples;
import dev.cloudshop.review.review.ReviewEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewEventOutboxTests {

	@Test
	void namesATypeForEveryKindOfReviewEvent() {
		assertThat(ReviewEventOutbox.TYPES.keySet())
			.containsExactlyInAnyOrder(Arrays.stream(ReviewEvent.class.getPermittedSubclasses())
				.map((type) -> type.asSubclass(ReviewEvent.class))
				.toArray(Class[]::new));
	}

	@Test
	void hasAGoldenSampleForEveryType() {
		ReviewEventOutbox.TYPES.values()
			.forEach((type) -> assertThat(GoldenSamples.text(ReviewEventOutbox.TOPIC, type)).isNotBlank());
	}

	@Test
	void namesTypesAfterTheEventAndVersion() {
		ReviewEventOutbox.TYPES.forEach((event, type) -> assertThat(type)
			.isEqualTo("cloudshop.review." + event.getSimpleName() + ".v1"));
	}

}
