package dev.cloudshop.query.catalog.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.cloudshop.query.catalog.PartitionProgress;
import dev.cloudshop.query.catalog.Rebuild;
import dev.cloudshop.query.catalog.RebuildState;

/** A rebuild as the API shows it. */
record RebuildResponse(UUID id, RebuildState state, long generation, Instant startedAt, Instant finishedAt,
		long recordsApplied, long recordsSkipped, double percent, String failureReason,
		List<PartitionResponse> partitions) {

	static RebuildResponse from(Rebuild rebuild) {
		return new RebuildResponse(rebuild.id(), rebuild.state(), rebuild.generation(), rebuild.startedAt(),
				rebuild.finishedAt(), rebuild.recordsApplied(), rebuild.recordsSkipped(), rebuild.percent(),
				rebuild.failureReason(), rebuild.partitions().stream().map(PartitionResponse::from).toList());
	}

	/** The replay of one partition: done when position reaches endOffset. */
	record PartitionResponse(String topic, int partition, long endOffset, long position) {

		static PartitionResponse from(PartitionProgress progress) {
			return new PartitionResponse(progress.topic(), progress.partition(), progress.endOffset(),
					progress.position());
		}

	}

}
