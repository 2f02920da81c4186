package dev.cloudshop.payment.account.web;

import java.math.BigDecimal;
import java.util.UUID;

import dev.cloudshop.payment.account.Account;

/** An account as the API shows it; version is also sent as the ETag. */
record AccountResponse(UUID customerId, BigDecimal balance, String currency, long version) {

	static AccountResponse from(Account account) {
		return new AccountResponse(account.customerId(), account.balance(), account.currency(), account.version());
	}

}
