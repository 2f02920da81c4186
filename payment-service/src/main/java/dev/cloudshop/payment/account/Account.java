package dev.cloudshop.payment.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A customer's account: the money the customer can pay orders with, in euros. There is one
 * per customer, keyed by the customer's id, opened on first use with the customer's opening
 * balance.
 * <p>
 * The balance never goes below zero. Payments take money with a conditional update
 * ({@code balance = balance - amount where balance >= amount}) and refunds give it back, so
 * neither reads the balance first; deposits go through {@link #deposit}, with the row locked.
 * <p>
 * Its version counts the changes of its balance: 0 when opened, plus one per deposit, payment
 * and refund. Only deposits are announced as {@link AccountCredited}; payments and refunds are
 * announced as payment events, so the versions of an account's events may have gaps.
 * <p>
 * Plain Java: {@code META-INF/orm.xml} maps it to its table.
 */
public class Account {

	/** The one currency accounts are kept in. */
	public static final String CURRENCY = "EUR";

	public static final int MAX_FRACTION_DIGITS = 2;

	/** The most one deposit may add. */
	public static final BigDecimal MAX_DEPOSIT = new BigDecimal("10000.00");

	/** The most an account may hold; keeps the balance far from the column's limit. */
	public static final BigDecimal MAX_BALANCE = new BigDecimal("1000000000.00");

	private UUID customerId;

	private BigDecimal balance;

	private String currency;

	private long version;

	private Instant openedAt;

	/** For the persistence mapping only. */
	protected Account() {
	}

	/** A new account at version 0 holding its opening balance. */
	public static Account open(UUID customerId, BigDecimal openingBalance, Instant openedAt) {
		Objects.requireNonNull(customerId, "customerId");
		Objects.requireNonNull(openedAt, "openedAt");
		Account account = new Account();
		account.customerId = customerId;
		account.balance = requireOpeningBalance(openingBalance);
		account.currency = CURRENCY;
		account.version = 0;
		account.openedAt = openedAt;
		return account;
	}

	/**
	 * An opening balance: zero or more, with at most two decimals, at most {@link #MAX_BALANCE};
	 * returned at scale 2.
	 */
	public static BigDecimal requireOpeningBalance(BigDecimal amount) {
		Objects.requireNonNull(amount, "openingBalance");
		if (amount.signum() < 0 || amount.compareTo(MAX_BALANCE) > 0 || !hasAtMostTwoDecimals(amount)) {
			throw new IllegalArgumentException(
					"An opening balance is 0 to " + MAX_BALANCE + " with at most two decimals: " + amount);
		}
		return amount.setScale(MAX_FRACTION_DIGITS);
	}

	/**
	 * Adds money paid in by the customer: more than zero, at most {@link #MAX_DEPOSIT}, at most
	 * two decimals. Callers hold the account's row lock.
	 * @return the event announcing it; the account's version is the event's
	 * @throws BalanceLimitExceededException when the balance would exceed {@link #MAX_BALANCE}
	 */
	public AccountCredited deposit(BigDecimal amount) {
		Objects.requireNonNull(amount, "amount");
		if (amount.signum() <= 0 || amount.compareTo(MAX_DEPOSIT) > 0 || !hasAtMostTwoDecimals(amount)) {
			throw new IllegalArgumentException(
					"A deposit is more than 0 and at most " + MAX_DEPOSIT + ", with at most two decimals: " + amount);
		}
		BigDecimal credited = amount.setScale(MAX_FRACTION_DIGITS);
		BigDecimal newBalance = this.balance.add(credited);
		if (newBalance.compareTo(MAX_BALANCE) > 0) {
			throw new BalanceLimitExceededException(this.customerId, this.balance, credited);
		}
		this.balance = newBalance;
		this.version++;
		return new AccountCredited(this.customerId, credited, this.currency, this.balance);
	}

	public UUID customerId() {
		return this.customerId;
	}

	public BigDecimal balance() {
		return this.balance;
	}

	public String currency() {
		return this.currency;
	}

	public long version() {
		return this.version;
	}

	public Instant openedAt() {
		return this.openedAt;
	}

	/** Whether the amount has no more than two decimals ({@code 1.50} has, {@code 1.005} has not). */
	public static boolean hasAtMostTwoDecimals(BigDecimal amount) {
		return amount.stripTrailingZeros().scale() <= MAX_FRACTION_DIGITS;
	}

	@Override
	public String toString() {
		return "Account[customerId=" + this.customerId + ", balance=" + this.balance + " " + this.currency
				+ ", version=" + this.version + "]";
	}

}
