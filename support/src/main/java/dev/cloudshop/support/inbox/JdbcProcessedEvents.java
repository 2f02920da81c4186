package dev.cloudshop.support.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.Assert;

/** {@link ProcessedEvents} on the {@code processed_event} table (Flyway: db/migration/inbox). */
class JdbcProcessedEvents implements ProcessedEvents {

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcProcessedEvents(DataSource dataSource, Clock clock) {
		this.jdbc = JdbcClient.create(dataSource);
		this.clock = clock;
	}

	@Override
	public boolean markProcessed(String consumer, String eventId) {
		Assert.hasText(consumer, "consumer must not be blank");
		Assert.hasText(eventId, "eventId must not be blank");
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException(
					"ProcessedEvents.markProcessed needs the transaction of the event's effect; none is active");
		}
		int inserted = this.jdbc.sql("""
				insert into processed_event (consumer, event_id, processed_at) values (?, ?, ?)
				on conflict do nothing""")
			.params(consumer, eventId, Timestamp.from(this.clock.instant()))
			.update();
		return inserted == 1;
	}

	@Override
	public void forget(String consumer) {
		this.jdbc.sql("delete from processed_event where consumer = ?").param(consumer).update();
	}

	/** Deletes what is older than the retention; a redelivery that late would be applied again. */
	int purgeOlderThan(Duration retention) {
		Instant cutoff = this.clock.instant().minus(retention);
		return this.jdbc.sql("delete from processed_event where processed_at < ?")
			.param(Timestamp.from(cutoff))
			.update();
	}

}
