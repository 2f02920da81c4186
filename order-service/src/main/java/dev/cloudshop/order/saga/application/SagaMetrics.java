package dev.cloudshop.order.saga.application;

import java.time.Duration;
import java.time.Instant;

import dev.cloudshop.order.order.Order;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How sagas end: {@code cloudshop.saga.completed} counts orders ending CONFIRMED or CANCELLED
 * (tags {@code outcome}, and {@code reason}: the cancel reason or NONE);
 * {@code cloudshop.saga.duration} times them from placed to ended (tag {@code outcome}).
 * Recorded once the ending transaction commits, so a rolled-back attempt counts nothing.
 */
@Component
class SagaMetrics {

	private final MeterRegistry meters;

	SagaMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	/** The order has just ended (in the current transaction). */
	void ended(Order order, Instant now) {
		String outcome = order.status().name();
		String reason = (order.cancelReason() != null) ? order.cancelReason().name() : "NONE";
		Duration duration = Duration.between(order.placedAt(), now);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				record(outcome, reason, duration);
			}
		});
	}

	private void record(String outcome, String reason, Duration duration) {
		Counter.builder("cloudshop.saga.completed")
			.description("Orders whose saga ended, by outcome (CONFIRMED, CANCELLED) and cancel reason")
			.tag("outcome", outcome)
			.tag("reason", reason)
			.register(this.meters)
			.increment();
		Timer.builder("cloudshop.saga.duration")
			.description("From order placed to CONFIRMED or CANCELLED")
			.tag("outcome", outcome)
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(10))
			.maximumExpectedValue(Duration.ofMinutes(5))
			.register(this.meters)
			.record(duration);
	}

}
