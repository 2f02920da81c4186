package dev.cloudshop.query.catalog.projection;

import java.time.Duration;
import java.util.List;

import dev.cloudshop.query.catalog.IncomingEvent;
import dev.cloudshop.query.catalog.PartitionProgress;

/** Reads every catalog topic again from its beginning, for a rebuild. */
public interface EventReplay {

	/**
	 * Starts a replay of every partition of the catalog's topics, up to the end each has now.
	 * Events appended after this are the live listener's.
	 */
	Replay open();

	/** One replay; not thread-safe. */
	interface Replay extends AutoCloseable {

		/** Where every partition stands. */
		List<PartitionProgress> progress();

		/** Whether every partition was read up to its end. */
		boolean done();

		/**
		 * The next events before their partition's end, waiting at most {@code timeout} for
		 * some. Malformed records are left out and counted in {@link #skipped()}.
		 */
		List<IncomingEvent> poll(Duration timeout);

		/** Malformed records left out so far. */
		long skipped();

		@Override
		void close();

	}

}
