package dev.cloudshop.query.catalog;

/**
 * How far a rebuild has replayed one partition.
 *
 * @param beginOffset the first offset the partition still holds
 * @param endOffset the end of the partition when the rebuild began; the replay of the partition
 * is done when {@code position} reaches it (the live listener applies what comes after)
 * @param position the next offset the replay reads
 */
public record PartitionProgress(String topic, int partition, long beginOffset, long endOffset, long position) {

	public boolean done() {
		return this.position >= this.endOffset;
	}

	public PartitionProgress at(long position) {
		return new PartitionProgress(this.topic, this.partition, this.beginOffset, this.endOffset, position);
	}

}
