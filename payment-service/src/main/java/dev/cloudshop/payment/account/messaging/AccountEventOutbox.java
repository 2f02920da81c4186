package dev.cloudshop.payment.account.messaging;

import dev.cloudshop.payment.account.AccountCredited;
import dev.cloudshop.payment.account.application.AccountEvents;
import dev.cloudshop.support.outbox.Outbox;
import dev.cloudshop.support.outbox.OutboxEvent;

import org.springframework.stereotype.Component;

/**
 * Hands an account's events to the transactional outbox, which publishes them to
 * {@value #TOPIC} after the surrounding transaction commits: key = customer id, aggregate type
 * {@value #AGGREGATE_TYPE}, aggregate version = the account's version after the change.
 */
@Component
class AccountEventOutbox implements AccountEvents {

	static final String TOPIC = "payment.events";

	static final String AGGREGATE_TYPE = "Account";

	static final String ACCOUNT_CREDITED = "cloudshop.payment.AccountCredited.v1";

	private final Outbox outbox;

	AccountEventOutbox(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void credited(AccountCredited event, long accountVersion) {
		this.outbox.append(new OutboxEvent(TOPIC, AGGREGATE_TYPE, event.customerId().toString(), accountVersion,
				ACCOUNT_CREDITED, event));
	}

}
