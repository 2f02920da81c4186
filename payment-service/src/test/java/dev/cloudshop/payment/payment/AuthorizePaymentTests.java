package dev.cloudshop.payment.payment;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.cloudshop.payment.payment.AuthorizePaymentBuilder.anAuthorization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class AuthorizePaymentTests {

	@Test
	void keepsTheAmountAtTwoDecimals() {
		assertThat(anAuthorization().forAmount("39.9").build().amount()).isEqualTo(new BigDecimal("39.90"));
		assertThat(anAuthorization().forAmount("5.000").build().amount()).isEqualTo(new BigDecimal("5.00"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-10.00", "1.005", "10000000000.00" })
	void refusesAnAmountNotPositiveOverPreciseOrTooLargeToStore(String amount) {
		assertThatIllegalArgumentException().isThrownBy(() -> anAuthorization().forAmount(amount).build());
	}

	@ParameterizedTest
	@ValueSource(strings = { "eur", "EURO", "", "E1R" })
	void refusesACurrencyThatIsNoIsoCode(String currency) {
		assertThatIllegalArgumentException().isThrownBy(() -> anAuthorization().inCurrency(currency).build());
	}

	@Test
	void acceptsAnyIsoCodeForTheServiceToDecline() {
		assertThat(anAuthorization().inCurrency("USD").build().currency()).isEqualTo("USD");
	}

	@Test
	void needsEveryField() {
		assertThatNullPointerException().isThrownBy(() -> new AuthorizePayment(null, UUID.randomUUID(), BigDecimal.ONE, "EUR"));
		assertThatNullPointerException().isThrownBy(() -> new AuthorizePayment(UUID.randomUUID(), null, BigDecimal.ONE, "EUR"));
		assertThatNullPointerException().isThrownBy(() -> new AuthorizePayment(UUID.randomUUID(), UUID.randomUUID(), null, "EUR"));
		assertThatNullPointerException().isThrownBy(() -> new AuthorizePayment(UUID.randomUUID(), UUID.randomUUID(), BigDecimal.ONE, null));
	}

}
