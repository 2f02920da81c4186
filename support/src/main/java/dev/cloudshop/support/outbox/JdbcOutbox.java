package dev.cloudshop.support.outbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores events in the {@code outbox_event} table through the caller's transaction (JDBC
 * connection bound to the transaction), and wakes the relay once that transaction commits.
 */
final class JdbcOutbox implements Outbox {

	private static final String INSERT = """
			insert into outbox_event (event_id, topic, aggregate_type, aggregate_id, aggregate_version,
			                          event_type, payload, traceparent, created_at)
			values (?, ?, ?, ?, ?, ?, cast(? as json), ?, ?)
			""";

	private final JdbcClient jdbc;

	private final JsonMapper jsonMapper;

	private final Supplier<String> traceparent;

	private final Clock clock;

	/** One instance, so a transaction that appends many events registers it once. */
	private final TransactionSynchronization wakeRelayAfterCommit;

	JdbcOutbox(DataSource dataSource, JsonMapper jsonMapper, Supplier<String> traceparent, Runnable wakeRelay,
			Clock clock) {
		this.jdbc = JdbcClient.create(dataSource);
		this.jsonMapper = jsonMapper;
		this.traceparent = traceparent;
		this.clock = clock;
		this.wakeRelayAfterCommit = new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				wakeRelay.run();
			}
		};
	}

	@Override
	public void append(OutboxEvent event) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException(
					"Outbox.append needs the caller's transaction, so the event commits or rolls back with the change"
							+ " it describes: call it from a @Transactional method");
		}
		this.jdbc.sql(INSERT)
			.params(UUID.randomUUID(), event.topic(), event.aggregateType(), event.aggregateId(),
					event.aggregateVersion(), event.type(), this.jsonMapper.writeValueAsString(event.payload()),
					this.traceparent.get(), OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
			.update();
		TransactionSynchronizationManager.registerSynchronization(this.wakeRelayAfterCommit);
	}

}
