package dev.cloudshop.query.projection;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;

/**
 * {@code cloudshop.projection.lag}, the meter every read model reports its lag on, tagged with
 * the read model ({@code projection=catalog}, {@code orders}, {@code sales}): how long the last
 * live event applied took from happening at its source ({@code ce_time}) to being committed in
 * the view.
 */
public final class ProjectionLag {

	private volatile double lagMillis;

	public ProjectionLag(MeterRegistry meters, String projection) {
		TimeGauge.builder("cloudshop.projection.lag", this, TimeUnit.MILLISECONDS, ProjectionLag::millis)
			.description("Time from an event's occurrence to its application in the read model, for the last event applied")
			.tag("projection", projection)
			.register(meters);
	}

	public void applied(Instant eventTime, Instant appliedAt) {
		this.lagMillis = Math.max(0, Duration.between(eventTime, appliedAt).toNanos() / 1_000_000.0);
	}

	private double millis() {
		return this.lagMillis;
	}

}
