package dev.cloudshop.payment.account.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.cloudshop.payment.account.Account;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The customers' accounts. The balance changes in the database, never by reading it and
 * writing a new one: a debit is one conditional update, so of two concurrent debits the second
 * waits for the first and sees its result. A deposit locks the row
 * ({@link #findByIdForUpdate}) for as long as its transaction lasts.
 */
public interface AccountRepository extends Repository<Account, UUID> {

	Optional<Account> findById(UUID customerId);

	/** The account, locked ({@code SELECT ... FOR UPDATE}) until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.customerId = :customerId")
	Optional<Account> findByIdForUpdate(UUID customerId);

	/**
	 * Stores the account unless the customer has one already (then nothing changes); two
	 * concurrent first uses open it once.
	 * @return whether it was stored
	 */
	default boolean insertIfAbsent(Account account) {
		return insertIfAbsent(account.customerId(), account.balance(), account.currency(), account.version(),
				account.openedAt()) == 1;
	}

	@Modifying
	@Query(value = """
			insert into account (customer_id, balance, currency, version, opened_at)
			values (:customerId, :balance, :currency, :version, :openedAt)
			on conflict (customer_id) do nothing""", nativeQuery = true)
	int insertIfAbsent(UUID customerId, BigDecimal balance, String currency, long version, Instant openedAt);

	/**
	 * Takes the amount if the balance covers it, raising the version.
	 * @return 1 when taken, 0 when the balance is short (or there is no account)
	 */
	@Modifying
	@Query("""
			update Account a set a.balance = a.balance - :amount, a.version = a.version + 1
			where a.customerId = :customerId and a.balance >= :amount""")
	int debitIfCovered(UUID customerId, BigDecimal amount);

	/**
	 * Adds the amount, raising the version.
	 * @return 1, or 0 when there is no account
	 */
	@Modifying
	@Query("update Account a set a.balance = a.balance + :amount, a.version = a.version + 1 where a.customerId = :customerId")
	int credit(UUID customerId, BigDecimal amount);

}
