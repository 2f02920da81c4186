package dev.cloudshop.support.outbox;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.cloudshop.support.cloudevents.CloudEventHeaders.AGGREGATE_TYPE;
import static dev.cloudshop.support.cloudevents.CloudEventHeaders.AGGREGATE_VERSION;
import static dev.cloudshop.support.cloudevents.CloudEventHeaders.APPLICATION_JSON;
import static dev.cloudshop.support.cloudevents.CloudEventHeaders.CONTENT_TYPE;
import static dev.cloudshop.support.cloudevents.CloudEventHeaders.ID;
import static dev.cloudshop.support.cloudevents.CloudEventHeaders.SOURCE;
import static dev.cloudshop.support.cloudevents.CloudEventHeaders.SPEC_VERSION;
import static dev.cloudshop.support.cloudevents.CloudEventHeaders.SPEC_VERSION_1_0;
import static dev.cloudshop.support.cloudevents.CloudEventHeaders.SUBJECT;
import static dev.cloudshop.support.cloudevents.CloudEventHeaders.TIME;
import static dev.cloudshop.support.cloudevents.CloudEventHeaders.TRACEPARENT;
import static dev.cloudshop.support.cloudevents.CloudEventHeaders.TYPE;
import static dev.cloudshop.support.cloudevents.CloudEventHeaders.add;

/**
 * Publishes stored events to Kafka on one thread per instance, in rounds: take the database-wide
 * advisory lock (so one round runs at a time across instances and an aggregate's events keep
 * their order), read a batch of unpublished events in sequence order, send them all, flush once,
 * and mark the acknowledged ones published in one update.
 * <p>
 * A commit that appended events wakes the relay at once; the poll interval only bounds how long
 * an event can wait when a wake-up was missed (another instance appended it, or the process
 * restarted). A failed round backs off and is retried; an event that failed, and every later
 * event of its aggregate, stays unpublished until a round sends them in order.
 */
final class OutboxRelay implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(OutboxRelay.class);

	/** The advisory lock that lets one relay round run at a time per database ("outbox" in ASCII). */
	static final long LOCK_KEY = 0x6f7574626f78L;

	/** How soon to try again after a wake-up while another instance held the lock. */
	private static final Duration LOCK_RETRY_DELAY = Duration.ofMillis(50);

	private static final String SELECT_UNPUBLISHED = """
			select sequence_number, event_id, topic, aggregate_type, aggregate_id, aggregate_version,
			       event_type, payload, traceparent, created_at
			from outbox_event
			where published_at is null
			order by sequence_number
			limit ?
			""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Map<String, Object> producerConfig;

	private final OutboxProperties properties;

	private final String source;

	private final OutboxMetrics metrics;

	private final Clock clock;

	private final Object monitor = new Object();

	private volatile boolean wakeUpRequested;

	private volatile boolean running;

	private Thread thread;

	private DefaultKafkaProducerFactory<String, String> producerFactory;

	private KafkaTemplate<String, String> kafka;

	private Instant nextPurge;

	OutboxRelay(DataSource dataSource, Map<String, Object> producerConfig, OutboxProperties properties, String source,
			MeterRegistry meterRegistry, Clock clock) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		this.producerConfig = Map.copyOf(producerConfig);
		this.properties = properties;
		this.source = source;
		this.metrics = new OutboxMetrics(meterRegistry, this.jdbc);
		this.clock = clock;
	}

	/**
	 * The relay's producer settings: Boot's {@code spring.kafka.producer.*} settings, made fit for
	 * prompt, ordered, acknowledged sends that fail fast when Kafka is unreachable.
	 */
	static Map<String, Object> producerConfig(Map<String, Object> bootProducerProperties, List<String> bootstrapServers,
			OutboxProperties properties, String clientId) {
		Map<String, Object> config = new HashMap<>(bootProducerProperties);
		if (bootstrapServers != null && !bootstrapServers.isEmpty()) {
			config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", bootstrapServers));
		}
		int sendTimeout = (int) properties.sendTimeout().toMillis();
		config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
		config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
		config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(1000, sendTimeout));
		config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, sendTimeout);
		config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, sendTimeout);
		config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
		return config;
	}

	/** Asks for a round now; called after every commit that appended events. */
	void wakeUp() {
		if (this.wakeUpRequested) {
			return;
		}
		synchronized (this.monitor) {
			this.wakeUpRequested = true;
			this.monitor.notifyAll();
		}
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.producerFactory = new DefaultKafkaProducerFactory<>(this.producerConfig);
		this.kafka = new KafkaTemplate<>(this.producerFactory);
		// Failures are logged once per round, without payloads, instead of once per record
		this.kafka.setProducerListener(new ProducerListener<>() {
		});
		this.nextPurge = this.clock.instant();
		// The first round sends whatever is pending, so earlier wake-ups are already answered
		this.wakeUpRequested = false;
		this.running = true;
		this.thread = new Thread(this::relayUntilStopped, "outbox-relay");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/** Lets the current round finish (at most the send timeout), then closes the producer. */
	@Override
	public synchronized void stop() {
		if (!this.running) {
			return;
		}
		this.running = false;
		synchronized (this.monitor) {
			this.monitor.notifyAll();
		}
		try {
			this.thread.join(this.properties.sendTimeout().plusSeconds(5).toMillis());
			if (this.thread.isAlive()) {
				logger.warn("Outbox relay did not finish its round in time; interrupting it");
				this.thread.interrupt();
				this.thread.join(1000);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.thread = null;
		this.producerFactory.destroy();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void relayUntilStopped() {
		Duration backoff = this.properties.minBackoff();
		boolean wokenUp = true;
		while (this.running) {
			Round round = relayRound();
			purgeIfDue();
			switch (round) {
				case MORE -> backoff = this.properties.minBackoff();
				case DRAINED -> {
					backoff = this.properties.minBackoff();
					wokenUp = awaitWakeUp(this.properties.pollInterval());
				}
				case LOCKED_ELSEWHERE -> {
					if (wokenUp) {
						awaitWakeUp(LOCK_RETRY_DELAY);
					}
					else {
						wokenUp = awaitWakeUp(this.properties.pollInterval());
					}
				}
				case FAILED -> {
					this.producerFactory.reset();
					pause(backoff);
					backoff = min(backoff.multipliedBy(2), this.properties.maxBackoff());
					wokenUp = true;
				}
			}
		}
	}

	private Round relayRound() {
		try {
			return this.transactions.execute(status -> relayBatch());
		}
		catch (RuntimeException ex) {
			logger.warn("Outbox relay round failed; retrying", ex);
			return Round.FAILED;
		}
	}

	private Round relayBatch() {
		Boolean locked = this.jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK_KEY);
		if (!Boolean.TRUE.equals(locked)) {
			return Round.LOCKED_ELSEWHERE;
		}
		List<PendingEvent> batch = this.jdbc.query(SELECT_UNPUBLISHED, OutboxRelay::pendingEvent,
				this.properties.batchSize());
		if (batch.isEmpty()) {
			return Round.DRAINED;
		}
		List<PendingEvent> published = send(batch);
		markPublished(published);
		if (published.size() < batch.size()) {
			return Round.FAILED;
		}
		return (batch.size() == this.properties.batchSize()) ? Round.MORE : Round.DRAINED;
	}

	/** Sends the batch and returns the events that may be marked published. */
	private List<PendingEvent> send(List<PendingEvent> batch) {
		List<CompletableFuture<?>> sends = new ArrayList<>(batch.size());
		for (PendingEvent event : batch) {
			try {
				sends.add(this.kafka.send(producerRecord(event)));
			}
			catch (RuntimeException ex) {
				// Typically no metadata within max.block.ms: Kafka is unreachable, so later sends would only wait as long
				sends.add(CompletableFuture.failedFuture(ex));
				break;
			}
		}
		this.kafka.flush();
		List<PendingEvent> publishable = new ArrayList<>(sends.size());
		Set<PendingEvent.Aggregate> blocked = new HashSet<>();
		Throwable firstFailure = null;
		int failures = 0;
		for (int i = 0; i < sends.size(); i++) {
			PendingEvent event = batch.get(i);
			Throwable failure = failureOf(sends.get(i));
			if (failure != null) {
				this.metrics.failed(event);
				blocked.add(event.aggregate());
				firstFailure = (firstFailure != null) ? firstFailure : failure;
				failures++;
			}
			else if (!blocked.contains(event.aggregate())) {
				publishable.add(event);
			}
		}
		if (firstFailure != null) {
			logger.warn("Kafka did not acknowledge {} of {} outbox events; they will be sent again: {}", failures,
					batch.size(), firstFailure.toString());
		}
		return publishable;
	}

	private Throwable failureOf(CompletableFuture<?> send) {
		try {
			send.get(this.properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
			return null;
		}
		catch (ExecutionException ex) {
			return ex.getCause();
		}
		catch (TimeoutException ex) {
			return ex;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return ex;
		}
	}

	private ProducerRecord<String, String> producerRecord(PendingEvent event) {
		ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.aggregateId(),
				event.payload());
		Headers headers = record.headers();
		add(headers, SPEC_VERSION, SPEC_VERSION_1_0);
		add(headers, ID, event.eventId());
		add(headers, TYPE, event.type());
		add(headers, SOURCE, this.source);
		add(headers, TIME, event.createdAt().toString());
		add(headers, SUBJECT, event.aggregateId());
		add(headers, AGGREGATE_TYPE, event.aggregateType());
		add(headers, AGGREGATE_VERSION, Long.toString(event.aggregateVersion()));
		add(headers, CONTENT_TYPE, APPLICATION_JSON);
		if (event.traceparent() != null) {
			add(headers, TRACEPARENT, event.traceparent());
		}
		return record;
	}

	private void markPublished(List<PendingEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		Long[] sequenceNumbers = events.stream().map(PendingEvent::sequenceNumber).toArray(Long[]::new);
		this.jdbc.update("update outbox_event set published_at = ? where sequence_number = any(?)", (statement) -> {
			statement.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
			Array array = statement.getConnection().createArrayOf("bigint", sequenceNumbers);
			statement.setArray(2, array);
		});
		events.forEach((event) -> this.metrics.published(event, now));
	}

	private void purgeIfDue() {
		Instant now = this.clock.instant();
		if (now.isBefore(this.nextPurge)) {
			return;
		}
		this.nextPurge = now.plus(this.properties.purgeInterval());
		try {
			int purged = this.jdbc.update("delete from outbox_event where published_at < ?",
					OffsetDateTime.ofInstant(now.minus(this.properties.retention()), ZoneOffset.UTC));
			logger.debug("Purged {} published outbox events", purged);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not purge published outbox events", ex);
		}
	}

	/** Waits until woken up, stopped, or the timeout passed; returns whether it was woken up. */
	private boolean awaitWakeUp(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.monitor) {
			try {
				long left = timeout.toNanos();
				while (!this.wakeUpRequested && this.running && left > 0) {
					TimeUnit.NANOSECONDS.timedWait(this.monitor, left);
					left = deadline - System.nanoTime();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.running = false;
			}
			boolean wokenUp = this.wakeUpRequested;
			this.wakeUpRequested = false;
			return wokenUp;
		}
	}

	/** Waits for the duration or until stopped; wake-ups stay pending for the next round. */
	private void pause(Duration duration) {
		long deadline = System.nanoTime() + duration.toNanos();
		synchronized (this.monitor) {
			try {
				long left = duration.toNanos();
				while (this.running && left > 0) {
					TimeUnit.NANOSECONDS.timedWait(this.monitor, left);
					left = deadline - System.nanoTime();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.running = false;
			}
		}
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	private static PendingEvent pendingEvent(ResultSet row, int rowNumber) throws SQLException {
		return new PendingEvent(row.getLong("sequence_number"), row.getObject("event_id", UUID.class).toString(),
				row.getString("topic"), row.getString("aggregate_type"), row.getString("aggregate_id"),
				row.getLong("aggregate_version"), row.getString("event_type"), row.getString("payload"),
				row.getString("traceparent"), row.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	/** How a round ended, which decides how long the relay waits before the next. */
	private enum Round {

		/** A full batch was published; more may be waiting. */
		MORE,

		/** Everything pending was published. */
		DRAINED,

		/** Another instance is running a round. */
		LOCKED_ELSEWHERE,

		/** Kafka or the database failed; back off. */
		FAILED

	}

}
