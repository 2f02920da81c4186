package dev.cloudshop.payment.account.application;

import dev.cloudshop.payment.account.AccountCredited;

/** Where the account's events go: the outbox, in the transaction of the change. */
public interface AccountEvents {

	/** Appends the event of the account's change, which reached the given version. */
	void credited(AccountCredited event, long accountVersion);

}
