package dev.cloudshop.query.orders.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the order view ({@code cloudshop.orders.*}).
 *
 * @param consistencyWait how long a query that carries an order's consistency token waits for
 * the view to reflect it before it answers with what there is ({@code Consistency-Status: stale})
 * @param consistencyRecheck how often such a query looks again when no change of this instance
 * woke it (another replica may have applied the event)
 */
@ConfigurationProperties("cloudshop.orders")
public record OrdersProperties(@DefaultValue("2s") Duration consistencyWait,
		@DefaultValue("50ms") Duration consistencyRecheck) {

	public OrdersProperties {
		if (consistencyWait.isNegative()) {
			throw new IllegalArgumentException("cloudshop.orders.consistency-wait must not be negative");
		}
		if (consistencyRecheck.isNegative() || consistencyRecheck.isZero()) {
			throw new IllegalArgumentException("cloudshop.orders.consistency-recheck must be positive");
		}
	}

}
