package dev.cloudshop.order.saga.application;

import java.time.Duration;

import dev.cloudshop.order.saga.SagaTimeouts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The saga's timing ({@code cloudshop.saga.*}).
 *
 * @param stockTimeout how long product-service may take to answer ReserveStock
 * @param paymentTimeout how long payment-service may take to answer AuthorizePayment
 * @param compensationRetry how long compensations may go unacknowledged before they are sent again
 * @param sweepInterval how often the timeout sweeper looks for orders past their deadline
 * @param sweepBatchSize most orders the sweeper handles per round, each in its own transaction
 */
@ConfigurationProperties("cloudshop.saga")
public record SagaProperties(@DefaultValue("30s") Duration stockTimeout, @DefaultValue("30s") Duration paymentTimeout,
		@DefaultValue("30s") Duration compensationRetry, @DefaultValue("1s") Duration sweepInterval,
		@DefaultValue("100") int sweepBatchSize) {

	SagaTimeouts timeouts() {
		return new SagaTimeouts(this.stockTimeout, this.paymentTimeout, this.compensationRetry);
	}

}
