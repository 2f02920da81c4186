package dev.cloudshop.payment.account;

import java.math.BigDecimal;
import java.util.UUID;

/** Refuses a deposit that would take an account above {@link Account#MAX_BALANCE}. */
public class BalanceLimitExceededException extends RuntimeException {

	private final UUID customerId;

	public BalanceLimitExceededException(UUID customerId, BigDecimal balance, BigDecimal amount) {
		super("Account " + customerId + " holds " + balance + " " + Account.CURRENCY + "; adding " + amount
				+ " would exceed the limit of " + Account.MAX_BALANCE);
		this.customerId = customerId;
	}

	public UUID customerId() {
		return this.customerId;
	}

}
