package dev.cloudshop.order.saga.application;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Times out saga steps whose reply is overdue, and sends unacknowledged compensations again. It
 * only reads the deadlines stored in the orders, so it resumes after a restart, and several
 * instances may sweep at once (each takes the orders no other holds).
 */
@Component
public class SagaTimeoutSweeper {

	private static final Log logger = LogFactory.getLog(SagaTimeoutSweeper.class);

	private final SagaCoordinator coordinator;

	private final int batchSize;

	SagaTimeoutSweeper(SagaCoordinator coordinator, SagaProperties properties) {
		this.coordinator = coordinator;
		this.batchSize = properties.sweepBatchSize();
	}

	/**
	 * Handles up to a batch of overdue orders, one transaction each.
	 * @return how many were handled
	 */
	@Scheduled(fixedDelayString = "${cloudshop.saga.sweep-interval:1s}", initialDelayString = "${cloudshop.saga.sweep-interval:1s}")
	public int sweep() {
		int handled = 0;
		while (handled < this.batchSize && this.coordinator.onNextDeadline()) {
			handled++;
		}
		if (handled > 0 && logger.isDebugEnabled()) {
			logger.debug("Handled " + handled + " overdue orders");
		}
		return handled;
	}

}
