package dev.cloudshop.query.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A rebuild of the catalog from the event topics into a fresh generation.
 *
 * @param generation the generation it builds
 * @param recordsApplied records replayed into the generation (duplicates included)
 * @param recordsSkipped malformed records left out
 * @param failureReason why it failed, null unless {@link RebuildState#FAILED}
 * @param partitions the replay's progress per partition (empty until the end offsets are known)
 */
public record Rebuild(UUID id, RebuildState state, long generation, Instant startedAt, Instant finishedAt,
		long recordsApplied, long recordsSkipped, String failureReason, List<PartitionProgress> partitions) {

	public Rebuild {
		partitions = List.copyOf(partitions);
	}

	/** Share of the records to replay that were read, 0 to 100 with one decimal. */
	public double percent() {
		if (this.state == RebuildState.COMPLETED) {
			return 100.0;
		}
		if (this.partitions.isEmpty()) {
			return 0.0;
		}
		long total = 0;
		long read = 0;
		for (PartitionProgress partition : this.partitions) {
			long size = Math.max(0, partition.endOffset() - partition.beginOffset());
			total += size;
			read += Math.max(0, Math.min(partition.position(), partition.endOffset()) - partition.beginOffset());
		}
		if (total == 0) {
			return 100.0;
		}
		return Math.floor(read * 1000.0 / total) / 10.0;
	}

}
