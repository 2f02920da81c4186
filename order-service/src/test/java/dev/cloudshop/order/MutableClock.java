package dev.cloudshop.order;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A clock the tests move on, so saga timeouts and key expiry happen without waiting. It starts
 * at the real time and only ever goes forward; between moves it stands still.
 */
public final class MutableClock extends Clock {

	private volatile Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

	/** Moves the clock on by the duration. */
	public void advance(Duration duration) {
		if (duration.isNegative()) {
			throw new IllegalArgumentException("Time only goes forward: " + duration);
		}
		synchronized (this) {
			this.now = this.now.plus(duration);
		}
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The test clock is in UTC");
	}

}
