package dev.cloudshop.support.outbox;

import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The relay's meters: what it published, what failed, what waits, and how long publishing took. */
final class OutboxMetrics {

	private final MeterRegistry registry;

	OutboxMetrics(MeterRegistry registry, JdbcTemplate jdbc) {
		this.registry = registry;
		Gauge.builder("cloudshop.outbox.pending", jdbc, OutboxMetrics::countPending)
			.description("Events stored in the outbox and not yet published")
			.strongReference(true)
			.register(registry);
	}

	void published(PendingEvent event, Instant publishedAt) {
		Counter.builder("cloudshop.outbox.published")
			.description("Events published to Kafka")
			.tag("topic", event.topic())
			.register(this.registry)
			.increment();
		Timer.builder("cloudshop.outbox.latency")
			.description("Time from appending an event to Kafka acknowledging it")
			.tag("topic", event.topic())
			.register(this.registry)
			.record(Duration.between(event.createdAt(), publishedAt));
	}

	void failed(PendingEvent event) {
		Counter.builder("cloudshop.outbox.failures")
			.description("Sends Kafka did not acknowledge; the event is retried")
			.tag("topic", event.topic())
			.register(this.registry)
			.increment();
	}

	private static double countPending(JdbcTemplate jdbc) {
		try {
			Long pending = jdbc.queryForObject("select count(*) from outbox_event where published_at is null",
					Long.class);
			return (pending != null) ? pending : Double.NaN;
		}
		catch (DataAccessException ex) {
			return Double.NaN;
		}
	}

}
