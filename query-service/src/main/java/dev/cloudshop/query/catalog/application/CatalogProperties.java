package dev.cloudshop.query.catalog.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the catalog ({@code cloudshop.catalog.*}).
 *
 * @param consistencyWait how long a query that carries a consistency token waits for the catalog
 * to reflect it before it answers with what there is ({@code Consistency-Status: stale})
 * @param consistencyRecheck how often such a query looks again when no change of this instance
 * woke it (another replica may have applied the event)
 */
@ConfigurationProperties("cloudshop.catalog")
public record CatalogProperties(@DefaultValue("2s") Duration consistencyWait,
		@DefaultValue("50ms") Duration consistencyRecheck) {

	public CatalogProperties {
		if (consistencyWait.isNegative()) {
			throw new IllegalArgumentException("cloudshop.catalog.consistency-wait must not be negative");
		}
		if (consistencyRecheck.isNegative() || consistencyRecheck.isZero()) {
			throw new IllegalArgumentException("cloudshop.catalog.consistency-recheck must be positive");
		}
	}

}
