package dev.cloudshop.payment.account;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.cloudshop.payment.account.AccountBuilder.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTests {

	@Nested
	class Opening {

		@Test
		void opensInEurosAtVersionZeroWithTheOpeningBalance() {
			UUID customerId = UUID.randomUUID();

			Account account = anAccount().of(customerId).withBalance("500").build();

			assertThat(account.customerId()).isEqualTo(customerId);
			assertThat(account.balance()).isEqualTo(new BigDecimal("500.00"));
			assertThat(account.currency()).isEqualTo("EUR");
			assertThat(account.version()).isZero();
		}

		@ParameterizedTest
		@ValueSource(strings = { "-0.01", "1.005", "1000000000.01" })
		void refusesAnOpeningBalanceBelowZeroWithMoreThanTwoDecimalsOrAboveTheLimit(String amount) {
			assertThatIllegalArgumentException().isThrownBy(() -> anAccount().withBalance(amount).build());
		}

		@Test
		void acceptsTrailingZerosBeyondTwoDecimals() {
			assertThat(Account.requireOpeningBalance(new BigDecimal("20.000"))).isEqualTo(new BigDecimal("20.00"));
		}

	}

	@Nested
	class Deposit {

		@Test
		void addsTheAmountRaisesTheVersionAndAnnouncesTheNewBalance() {
			Account account = anAccount().withBalance("20.00").build();

			AccountCredited credited = account.deposit(new BigDecimal("5.5"));

			assertThat(account.balance()).isEqualTo(new BigDecimal("25.50"));
			assertThat(account.version()).isEqualTo(1);
			assertThat(credited).isEqualTo(new AccountCredited(account.customerId(), new BigDecimal("5.50"), "EUR",
					new BigDecimal("25.50")));
		}

		@Test
		void countsEveryDepositInTheVersion() {
			Account account = anAccount().build();

			account.deposit(BigDecimal.ONE);
			account.deposit(BigDecimal.TEN);

			assertThat(account.version()).isEqualTo(2);
			assertThat(account.balance()).isEqualTo(new BigDecimal("11.00"));
		}

		@Test
		void acceptsTheLargestDeposit() {
			Account account = anAccount().build();

			account.deposit(new BigDecimal("10000.00"));

			assertThat(account.balance()).isEqualTo(new BigDecimal("10000.00"));
		}

		@ParameterizedTest
		@ValueSource(strings = { "0", "-1", "10000.01", "1.005" })
		void refusesAnAmountNotPositiveAboveTheLimitOrWithMoreThanTwoDecimals(String amount) {
			Account account = anAccount().withBalance("5.00").build();

			assertThatIllegalArgumentException().isThrownBy(() -> account.deposit(new BigDecimal(amount)));
			assertThat(account.balance()).isEqualTo(new BigDecimal("5.00"));
			assertThat(account.version()).isZero();
		}

		@Test
		void refusesToTakeTheBalanceAboveTheLimit() {
			Account account = anAccount().withBalance("999999999.00").build();

			assertThatThrownBy(() -> account.deposit(new BigDecimal("1.01")))
				.isInstanceOf(BalanceLimitExceededException.class)
				.hasMessageContaining("1000000000.00");
			assertThat(account.balance()).isEqualTo(new BigDecimal("999999999.00"));
			assertThat(account.version()).isZero();
		}

	}

}
