package dev.cloudshop.query.catalog.projection;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.cloudshop.query.catalog.IncomingEvent;
import dev.cloudshop.query.catalog.Rebuild;
import dev.cloudshop.query.catalog.persistence.Generations;
import dev.cloudshop.query.catalog.persistence.RebuildLock;
import dev.cloudshop.query.catalog.persistence.RebuildLog;
import dev.cloudshop.support.inbox.ProcessedEvents;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the catalog from the event topics while the active generation keeps serving:
 * <ol>
 * <li>a new generation is created BUILDING, so from then on the live listener applies every
 * event to it as well;</li>
 * <li>then the end of every partition is taken, and a thread of its own replays each partition
 * from its beginning up to that end into the new generation (version order and idempotence make
 * the overlap with the live listener harmless; malformed records are skipped and counted);</li>
 * <li>one transaction makes the new generation ACTIVE and the old one RETIRED, whose rows are
 * then deleted.</li>
 * </ol>
 * One rebuild runs at a time across replicas ({@link RebuildLock}); its progress is stored
 * after every batch, so any replica can show it. A rebuild whose replica died is marked FAILED
 * and its generation ABANDONED by the next rebuild or start-up.
 */
@Component
public class CatalogRebuilds implements DisposableBean {

	private static final Log logger = LogFactory.getLog(CatalogRebuilds.class);

	private static final Duration POLL_TIMEOUT = Duration.ofMillis(200);

	private static final Duration PROGRESS_INTERVAL = Duration.ofMillis(250);

	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

	private static final int TRANSIENT_ATTEMPTS = 5;

	private static final Duration TRANSIENT_BACKOFF = Duration.ofMillis(100);

	private final RebuildLock lock;

	private final Generations generations;

	private final RebuildLog log;

	private final CatalogProjector projector;

	private final EventReplay replay;

	private final ProcessedEvents processedEvents;

	private final CatalogChanges changes;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private volatile boolean stopping;

	private volatile Thread running;

	CatalogRebuilds(RebuildLock lock, Generations generations, RebuildLog log, CatalogProjector projector,
			EventReplay replay, ProcessedEvents processedEvents, CatalogChanges changes,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.lock = lock;
		this.generations = generations;
		this.log = log;
		this.projector = projector;
		this.replay = replay;
		this.processedEvents = processedEvents;
		this.changes = changes;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Starts a rebuild in the background.
	 * @return the rebuild, RUNNING
	 * @throws RebuildRunningException if a rebuild is running
	 */
	public Rebuild start() {
		RebuildLock.Held held = this.lock.tryAcquire().orElseThrow(RebuildRunningException::new);
		try {
			recoverInterrupted();
			UUID id = UUID.randomUUID();
			long generation = startBuilding(id);
			Rebuild rebuild = find(id);
			Thread thread = new Thread(() -> run(id, generation, held), "catalog-rebuild-" + generation);
			this.running = thread;
			thread.start();
			logger.info("Rebuild " + id + " of the catalog started into generation " + generation);
			return rebuild;
		}
		catch (RuntimeException ex) {
			held.close();
			throw ex;
		}
	}

	private long startBuilding(UUID id) {
		try {
			return this.transactions.execute((transaction) -> {
				long generation = this.generations.startBuilding();
				this.log.started(id, generation, this.clock.instant());
				return generation;
			});
		}
		catch (DuplicateKeyException ex) {
			throw new RebuildRunningException();
		}
	}

	public Rebuild find(UUID id) {
		return this.log.find(id).orElseThrow(() -> new RebuildNotFoundException(id));
	}

	/** The latest rebuilds first. */
	public Page<Rebuild> latest(Pageable pageable) {
		List<Rebuild> rebuilds = this.log.latest(pageable.getOffset(), pageable.getPageSize());
		return new PageImpl<>(rebuilds, pageable, this.log.count());
	}

	/** Cleans up after a rebuild whose replica died, unless a replica is rebuilding now. */
	@EventListener(ApplicationReadyEvent.class)
	void recoverAfterStart() {
		this.lock.tryAcquire().ifPresent((held) -> {
			try (held) {
				recoverInterrupted();
			}
		});
	}

	/** Needs the lock: whatever is BUILDING or RUNNING now has no owner. */
	private void recoverInterrupted() {
		List<Long> building = this.generations.building();
		int failed = this.transactions.execute((transaction) -> {
			building.forEach(this.generations::abandon);
			return this.log.failRunning("interrupted: the replica running it stopped", this.clock.instant());
		});
		building.forEach(this::discard);
		if (failed > 0 || !building.isEmpty()) {
			logger.warn("Cleaned up after an interrupted rebuild: generations " + building + " abandoned");
		}
	}

	private void run(UUID id, long generation, RebuildLock.Held held) {
		try {
			replayInto(id, generation);
			Optional<Long> retired = this.transactions.execute((transaction) -> {
				Optional<Long> previous = this.generations.activate(generation);
				this.log.completed(id, this.clock.instant());
				return previous;
			});
			this.changes.signal();
			logger.info("Rebuild " + id + " completed: generation " + generation + " serves the catalog");
			retired.ifPresent(this::discard);
		}
		catch (RuntimeException ex) {
			logger.error("Rebuild " + id + " of the catalog failed; generation " + generation + " is abandoned", ex);
			fail(id, generation, reason(ex));
		}
		finally {
			this.running = null;
			held.close();
		}
	}

	private void replayInto(UUID id, long generation) {
		try (EventReplay.Replay records = this.replay.open()) {
			this.log.partitions(id, records.progress());
			long applied = 0;
			long lastSaved = System.nanoTime();
			while (!records.done()) {
				if (this.stopping) {
					throw new IllegalStateException("interrupted: the service is shutting down");
				}
				for (IncomingEvent event : records.poll(POLL_TIMEOUT)) {
					if (!applyReplayed(generation, event)) {
						throw new IllegalStateException("generation " + generation + " is no longer being built");
					}
					applied++;
				}
				if (System.nanoTime() - lastSaved > PROGRESS_INTERVAL.toNanos()) {
					this.log.progress(id, applied, records.skipped(), records.progress());
					lastSaved = System.nanoTime();
				}
			}
			this.log.progress(id, applied, records.skipped(), records.progress());
		}
	}

	/** Applies a replayed event, again after a lock conflict with the live listener (a deadlock, say). */
	private boolean applyReplayed(long generation, IncomingEvent event) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.projector.applyReplayed(generation, event);
			}
			catch (TransientDataAccessException ex) {
				if (attempt == TRANSIENT_ATTEMPTS) {
					throw ex;
				}
				logger.debug("Applying a replayed event failed for now; trying again", ex);
				pause(TRANSIENT_BACKOFF.multipliedBy(attempt));
			}
		}
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	private void fail(UUID id, long generation, String reason) {
		try {
			this.transactions.executeWithoutResult((transaction) -> {
				this.generations.abandon(generation);
				this.log.failed(id, reason, this.clock.instant());
			});
			discard(generation);
		}
		catch (RuntimeException ex) {
			logger.error("Could not record the failure of rebuild " + id + "; the next start-up or rebuild will", ex);
		}
	}

	/** Deletes what a generation that no longer serves nor is built left behind. */
	private void discard(long generation) {
		this.transactions.executeWithoutResult((transaction) -> this.generations.deleteRows(generation));
		this.processedEvents.forget(CatalogProjector.consumer(generation));
	}

	private static String reason(Throwable failure) {
		String message = failure.getMessage();
		return (message != null) ? message : failure.getClass().getName();
	}

	/** Stops a running rebuild (it ends FAILED, the active generation stays). */
	@Override
	public void destroy() throws InterruptedException {
		this.stopping = true;
		Thread thread = this.running;
		if (thread != null) {
			thread.join(SHUTDOWN_WAIT.toMillis());
		}
	}

}
