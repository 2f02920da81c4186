package dev.cloudshop.query.projection;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * Tells the queries of this instance that a read model changed: every committed apply bumps a
 * counter and wakes whoever waits for a change. A waiter reads the counter before it looks at
 * the view, so a change between its look and its wait is never missed. Each read model has a
 * signal of its own.
 */
public class ChangeSignal {

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	private long count;

	/** How many changes were signalled so far. */
	public long count() {
		this.lock.lock();
		try {
			return this.count;
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Signals a committed change. */
	public void signal() {
		this.lock.lock();
		try {
			this.count++;
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Waits until a change after the {@code seen} one is signalled, at most {@code timeout}.
	 * @return whether there was such a change
	 */
	public boolean awaitChangeAfter(long seen, Duration timeout) throws InterruptedException {
		long remaining = timeout.toNanos();
		this.lock.lock();
		try {
			while (this.count == seen) {
				if (remaining <= 0) {
					return false;
				}
				remaining = this.changed.awaitNanos(remaining);
			}
			return true;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Read-your-writes: waits until the view reflects a write, at most {@code wait}. It looks
	 * again at once when this instance signals a change, and every {@code recheck} in case another
	 * replica applied it. No sleeping: a view that is already current answers at once.
	 * @param reflected whether the view reflects the write now
	 */
	public ConsistencyStatus awaitReflected(BooleanSupplier reflected, Duration wait, Duration recheck) {
		long deadline = System.nanoTime() + wait.toNanos();
		try {
			while (true) {
				long seen = count();
				if (reflected.getAsBoolean()) {
					return ConsistencyStatus.CAUGHT_UP;
				}
				long remaining = deadline - System.nanoTime();
				if (remaining <= 0) {
					return ConsistencyStatus.STALE;
				}
				awaitChangeAfter(seen, Duration.ofNanos(Math.min(remaining, recheck.toNanos())));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return ConsistencyStatus.STALE;
		}
	}

}
