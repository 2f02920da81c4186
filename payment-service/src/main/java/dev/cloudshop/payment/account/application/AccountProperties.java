package dev.cloudshop.payment.account.application;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import dev.cloudshop.payment.account.Account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How accounts start ({@code cloudshop.payment.*}).
 *
 * @param openingBalances the balance (EUR) an account is opened with, by customer id; every
 * customer not listed starts at 0. Each is 0 or more with at most two decimals, or the service
 * does not start.
 */
@ConfigurationProperties("cloudshop.payment")
public record AccountProperties(Map<UUID, BigDecimal> openingBalances) {

	public AccountProperties {
		openingBalances = (openingBalances != null) ? Map.copyOf(openingBalances) : Map.of();
		openingBalances.values().forEach(Account::requireOpeningBalance);
	}

	/** The balance the customer's account is opened with. */
	public BigDecimal openingBalanceOf(UUID customerId) {
		return Account.requireOpeningBalance(this.openingBalances.getOrDefault(customerId, BigDecimal.ZERO));
	}

}
