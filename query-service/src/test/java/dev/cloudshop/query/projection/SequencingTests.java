package dev.cloudshop.query.projection;

import java.util.List;

import dev.cloudshop.query.projection.Sequencing.Step;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SequencingTests {

	@Nested
	class Next {

		@Test
		void appliesTheFirstVersionOfANewAggregate() {
			assertThat(Sequencing.next(0, 1)).isEqualTo(Step.APPLY);
		}

		@Test
		void appliesTheVersionAfterTheCurrentOne() {
			assertThat(Sequencing.next(3, 4)).isEqualTo(Step.APPLY);
		}

		@Test
		void skipsTheCurrentVersionAsADuplicate() {
			assertThat(Sequencing.next(3, 3)).isEqualTo(Step.SKIP_DUPLICATE);
		}

		@Test
		void skipsAnOlderVersionAsADuplicate() {
			assertThat(Sequencing.next(3, 1)).isEqualTo(Step.SKIP_DUPLICATE);
		}

		@Test
		void parksAVersionThatSkipsOne() {
			assertThat(Sequencing.next(3, 5)).isEqualTo(Step.PARK);
		}

		@Test
		void parksALaterVersionOfAnAggregateNotSeenYet() {
			assertThat(Sequencing.next(0, 2)).isEqualTo(Step.PARK);
		}

	}

	@Nested
	class Drainable {

		@Test
		void drainsTheUnbrokenRunAfterTheCurrentVersion() {
			assertThat(Sequencing.drainable(2, List.of(3L, 4L, 5L))).containsExactly(3L, 4L, 5L);
		}

		@Test
		void stopsAtTheNextGap() {
			assertThat(Sequencing.drainable(2, List.of(3L, 4L, 6L, 7L))).containsExactly(3L, 4L);
		}

		@Test
		void drainsNothingWhileTheGapIsOpen() {
			assertThat(Sequencing.drainable(2, List.of(4L, 5L))).isEmpty();
		}

		@Test
		void passesOverParkedVersionsAlreadyReached() {
			assertThat(Sequencing.drainable(3, List.of(2L, 3L, 4L))).containsExactly(4L);
		}

		@Test
		void drainsNothingWhenNothingIsParked() {
			assertThat(Sequencing.drainable(3, List.of())).isEmpty();
		}

	}

}
