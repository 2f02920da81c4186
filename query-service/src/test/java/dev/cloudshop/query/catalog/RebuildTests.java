package dev.cloudshop.query.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RebuildTests {

	@Test
	void countsTheShareOfRecordsReadUpToTheEndOffsets() {
		Rebuild rebuild = running(new PartitionProgress("product.events", 0, 0, 100, 50),
				new PartitionProgress("product.events", 1, 0, 100, 100));

		assertThat(rebuild.percent()).isEqualTo(75.0);
	}

	@Test
	void countsFromTheFirstOffsetAPartitionStillHolds() {
		Rebuild rebuild = running(new PartitionProgress("review.events", 0, 100, 200, 150));

		assertThat(rebuild.percent()).isEqualTo(50.0);
	}

	@Test
	void countsRecordsReadBeyondTheEndAsTheEnd() {
		Rebuild rebuild = running(new PartitionProgress("review.events", 0, 0, 10, 15),
				new PartitionProgress("review.events", 1, 0, 10, 0));

		assertThat(rebuild.percent()).isEqualTo(50.0);
	}

	@Test
	void isDoneWithNothingToReplay() {
		assertThat(running(new PartitionProgress("review.events", 0, 7, 7, 7)).percent()).isEqualTo(100.0);
	}

	@Test
	void hasReadNothingBeforeItKnowsThePartitions() {
		assertThat(running().percent()).isZero();
	}

	@Test
	void isCompleteOnceCompleted() {
		Rebuild rebuild = new Rebuild(UUID.randomUUID(), RebuildState.COMPLETED, 2, Instant.now(), Instant.now(), 0, 0,
				null, List.of());

		assertThat(rebuild.percent()).isEqualTo(100.0);
	}

	private static Rebuild running(PartitionProgress... partitions) {
		return new Rebuild(UUID.randomUUID(), RebuildState.RUNNING, 2, Instant.now(), null, 0, 0, null,
				List.of(partitions));
	}

}
