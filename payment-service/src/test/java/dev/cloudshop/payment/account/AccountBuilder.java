package dev.cloudshop.payment.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Test fixture for accounts: {@code anAccount().withBalance("100.00").build()}. Defaults are
 * valid: a fresh customer's account holding 0.00 EUR, at version 0.
 */
public final class AccountBuilder {

	private UUID customerId = UUID.randomUUID();

	private BigDecimal balance = BigDecimal.ZERO;

	private Instant openedAt = Instant.parse("2026-11-25T10:00:00Z");

	private AccountBuilder() {
	}

	public static AccountBuilder anAccount() {
		return new AccountBuilder();
	}

	public AccountBuilder of(UUID customerId) {
		this.customerId = customerId;
		return this;
	}

	/** The opening balance. */
	public AccountBuilder withBalance(String amount) {
		this.balance = new BigDecimal(amount);
		return this;
	}

	public AccountBuilder openedAt(Instant openedAt) {
		this.openedAt = openedAt;
		return this;
	}

	public Account build() {
		return Account.open(this.customerId, this.balance, this.openedAt);
	}

}
