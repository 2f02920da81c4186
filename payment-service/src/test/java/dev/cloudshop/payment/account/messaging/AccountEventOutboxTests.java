package dev.cloudshop.payment.account.messaging;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.cloudshop.payment.account.Account;
import dev.cloudshop.payment.account.AccountCredited;
import dev.cloudshop.support.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;

import static dev.cloudshop.payment.account.AccountBuilder.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

class AccountEventOutboxTests {

	private final List<OutboxEvent> appended = new ArrayList<>();

	private final AccountEventOutbox outbox = new AccountEventOutbox(this.appended::add);

	@Test
	void appendsACreditKeyedByCustomerWithTheAccountVersion() {
		Account account = anAccount().build();
		account.deposit(BigDecimal.ONE);
		AccountCredited credited = account.deposit(BigDecimal.TEN);

		this.outbox.credited(credited, account.version());

		assertThat(this.appended).singleElement().satisfies((event) -> {
			assertThat(event.topic()).isEqualTo("payment.events");
			assertThat(event.aggregateType()).isEqualTo("Account");
			assertThat(event.aggregateId()).isEqualTo(account.customerId().toString());
			assertThat(event.aggregateVersion()).isEqualTo(2);
			assertThat(event.type()).isEqualTo("cloudshop.payment.AccountCredited.v1");
			assertThat(event.payload()).isEqualTo(credited);
		});
	}

}
