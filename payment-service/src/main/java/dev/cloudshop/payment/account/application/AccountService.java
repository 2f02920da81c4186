package dev.cloudshop.payment.account.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;

import dev.cloudshop.payment.account.Account;
import dev.cloudshop.payment.account.AccountCredited;
import dev.cloudshop.payment.account.persistence.AccountRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts' use cases. An account is opened on first use, whatever the use, with the
 * customer's opening balance. Money is taken and given back by conditional updates, never by
 * reading the balance and writing a new one, so concurrent payments of one customer can never
 * overdraw the account.
 */
@Service
@Transactional
public class AccountService {

	/** The one currency accounts are kept in, so the only one payments can be taken in. */
	public static final String CURRENCY = Account.CURRENCY;

	private final AccountRepository accounts;

	private final AccountEvents events;

	private final AccountProperties properties;

	private final Clock clock;

	AccountService(AccountRepository accounts, AccountEvents events, AccountProperties properties, Clock clock) {
		this.accounts = accounts;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** The customer's account, opened now if the customer has none yet. */
	public Account get(UUID customerId) {
		openIfAbsent(customerId);
		return this.accounts.findById(customerId)
			.orElseThrow(() -> new IllegalStateException("Account " + customerId + " vanished"));
	}

	/** Pays money into the customer's account and announces it ({@link AccountCredited}). */
	public Account deposit(UUID customerId, BigDecimal amount) {
		openIfAbsent(customerId);
		Account account = this.accounts.findByIdForUpdate(customerId)
			.orElseThrow(() -> new IllegalStateException("Account " + customerId + " vanished"));
		AccountCredited credited = account.deposit(amount);
		this.events.credited(credited, account.version());
		return account;
	}

	/**
	 * Takes the amount from the customer's account if the balance covers it, in the caller's
	 * transaction.
	 * @return whether the money was taken
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean debit(UUID customerId, BigDecimal amount) {
		requirePositive(amount);
		openIfAbsent(customerId);
		return this.accounts.debitIfCovered(customerId, amount) == 1;
	}

	/** Gives the amount back to the customer's account, in the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void credit(UUID customerId, BigDecimal amount) {
		requirePositive(amount);
		openIfAbsent(customerId);
		if (this.accounts.credit(customerId, amount) != 1) {
			throw new IllegalStateException("Account " + customerId + " vanished");
		}
	}

	private void openIfAbsent(UUID customerId) {
		Account opened = Account.open(customerId, this.properties.openingBalanceOf(customerId), this.clock.instant());
		this.accounts.insertIfAbsent(opened);
	}

	private static void requirePositive(BigDecimal amount) {
		if (amount.signum() <= 0) {
			throw new IllegalArgumentException("An amount to debit or credit is positive: " + amount);
		}
	}

}
