package dev.cloudshop.payment.account.application;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AccountPropertiesTests {

	private static final UUID ALICE = UUID.fromString("0b363213-d600-4a5e-84d6-8c1f86cab99c");

	@Test
	void givesAListedCustomerTheConfiguredOpeningBalance() {
		AccountProperties properties = new AccountProperties(Map.of(ALICE, new BigDecimal("500.0")));

		assertThat(properties.openingBalanceOf(ALICE)).isEqualTo(new BigDecimal("500.00"));
	}

	@Test
	void givesEveryoneElseZero() {
		AccountProperties properties = new AccountProperties(Map.of(ALICE, new BigDecimal("500")));

		assertThat(properties.openingBalanceOf(UUID.randomUUID())).isEqualTo(new BigDecimal("0.00"));
		assertThat(new AccountProperties(null).openingBalanceOf(ALICE)).isEqualTo(new BigDecimal("0.00"));
	}

	@Test
	void refusesANegativeOrOverPreciseOpeningBalance() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AccountProperties(Map.of(ALICE, new BigDecimal("-1"))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AccountProperties(Map.of(ALICE, new BigDecimal("0.001"))));
	}

}
