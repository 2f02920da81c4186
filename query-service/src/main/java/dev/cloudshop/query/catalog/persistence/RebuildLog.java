package dev.cloudshop.query.catalog.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.cloudshop.query.catalog.PartitionProgress;
import dev.cloudshop.query.catalog.Rebuild;
import dev.cloudshop.query.catalog.RebuildState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static dev.cloudshop.query.catalog.persistence.ProjectionStore.timestamp;

/** Every rebuild and its progress, readable by every replica. */
@Component
public class RebuildLog {

	private final JdbcClient jdbc;

	RebuildLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @throws org.springframework.dao.DuplicateKeyException if another rebuild is running */
	public void started(UUID id, long generation, Instant startedAt) {
		this.jdbc.sql("""
				insert into catalog_rebuild (rebuild_id, generation, state, started_at)
				values (:id, :generation, 'RUNNING', :startedAt)""")
			.param("id", id)
			.param("generation", generation)
			.param("startedAt", timestamp(startedAt))
			.update();
	}

	/** Records the partitions to replay, where they begin and end. */
	public void partitions(UUID id, List<PartitionProgress> partitions) {
		for (PartitionProgress partition : partitions) {
			this.jdbc.sql("""
					insert into catalog_rebuild_partition (rebuild_id, topic, partition, begin_offset, end_offset, position)
					values (:id, :topic, :partition, :begin, :end, :position)""")
				.param("id", id)
				.param("topic", partition.topic())
				.param("partition", partition.partition())
				.param("begin", partition.beginOffset())
				.param("end", partition.endOffset())
				.param("position", partition.position())
				.update();
		}
	}

	public void progress(UUID id, long recordsApplied, long recordsSkipped, List<PartitionProgress> partitions) {
		this.jdbc.sql("""
				update catalog_rebuild set records_applied = :applied, records_skipped = :skipped
				where rebuild_id = :id""")
			.param("id", id)
			.param("applied", recordsApplied)
			.param("skipped", recordsSkipped)
			.update();
		for (PartitionProgress partition : partitions) {
			this.jdbc.sql("""
					update catalog_rebuild_partition set position = :position
					where rebuild_id = :id and topic = :topic and partition = :partition""")
				.param("id", id)
				.param("topic", partition.topic())
				.param("partition", partition.partition())
				.param("position", partition.position())
				.update();
		}
	}

	public void completed(UUID id, Instant finishedAt) {
		finish(id, RebuildState.COMPLETED, null, finishedAt);
	}

	public void failed(UUID id, String reason, Instant finishedAt) {
		finish(id, RebuildState.FAILED, reason, finishedAt);
	}

	private void finish(UUID id, RebuildState state, String reason, Instant finishedAt) {
		this.jdbc.sql("""
				update catalog_rebuild set state = :state, failure_reason = :reason, finished_at = :finishedAt
				where rebuild_id = :id and state = 'RUNNING'""")
			.param("id", id)
			.param("state", state.name())
			.param("reason", reason)
			.param("finishedAt", timestamp(finishedAt))
			.update();
	}

	/** Marks every running rebuild failed: none of them has an owner any more. */
	public int failRunning(String reason, Instant finishedAt) {
		return this.jdbc.sql("""
				update catalog_rebuild set state = 'FAILED', failure_reason = :reason, finished_at = :finishedAt
				where state = 'RUNNING'""")
			.param("reason", reason)
			.param("finishedAt", timestamp(finishedAt))
			.update();
	}

	public Optional<Rebuild> find(UUID id) {
		return this.jdbc.sql("select * from catalog_rebuild where rebuild_id = :id")
			.param("id", id)
			.query(this::rebuild)
			.optional();
	}

	/** The latest rebuilds first. */
	public List<Rebuild> latest(long offset, int limit) {
		return this.jdbc.sql("""
				select * from catalog_rebuild order by started_at desc, rebuild_id
				offset :offset limit :limit""")
			.param("offset", offset)
			.param("limit", limit)
			.query(this::rebuild)
			.list();
	}

	public long count() {
		return this.jdbc.sql("select count(*) from catalog_rebuild").query(Long.class).single();
	}

	private Rebuild rebuild(ResultSet row, int number) throws SQLException {
		UUID id = row.getObject("rebuild_id", UUID.class);
		List<PartitionProgress> partitions = this.jdbc.sql("""
				select topic, partition, begin_offset, end_offset, position from catalog_rebuild_partition
				where rebuild_id = :id order by topic, partition""")
			.param("id", id)
			.query((partition, n) -> new PartitionProgress(partition.getString("topic"), partition.getInt("partition"),
					partition.getLong("begin_offset"), partition.getLong("end_offset"), partition.getLong("position")))
			.list();
		return new Rebuild(id, RebuildState.valueOf(row.getString("state")), row.getLong("generation"),
				instant(row.getTimestamp("started_at")), instant(row.getTimestamp("finished_at")),
				row.getLong("records_applied"), row.getLong("records_skipped"), row.getString("failure_reason"),
				partitions);
	}

	static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
