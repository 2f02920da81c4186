package dev.cloudshop.query;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.context.annotation.Primary;

/**
 * The service's clock in the integration tests: the system clock, unless a test stops it at an
 * instant of its choosing ({@link #stopAt}) to read figures as of then; {@link #useSystemTime}
 * lets it run again. Imported by {@link QueryServiceIntegrationTest} as the primary
 * {@link Clock}, so every test class shares one context.
 */
@Primary
public class TestClock extends Clock {

	private volatile Instant stoppedAt;

	public void stopAt(Instant instant) {
		this.stoppedAt = instant;
	}

	public void useSystemTime() {
		this.stoppedAt = null;
	}

	@Override
	public Instant instant() {
		Instant stopped = this.stoppedAt;
		return (stopped != null) ? stopped : Instant.now();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The test clock keeps UTC");
	}

}
