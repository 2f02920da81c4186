package dev.cloudshop.product.catalog;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PriceTests {

	@Test
	void keepsTheAmountAtTwoDecimals() {
		assertThat(Price.of("19.9", "EUR").amount()).isEqualTo(new BigDecimal("19.90"));
		assertThat(Price.of("5", "EUR").amount()).isEqualTo(new BigDecimal("5.00"));
	}

	@Test
	void equalsAPriceWithTrailingZeros() {
		assertThat(Price.of("19.900", "EUR")).isEqualTo(Price.of("19.9", "EUR"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "0.00", "-1", "19.999", "0.001", "12345678901" })
	void rejectsAmountsThatAreNotPositiveWithAtMostTwoDecimalsAndTenDigits(String amount) {
		assertThatIllegalArgumentException().isThrownBy(() -> Price.of(amount, "EUR"));
	}

	@Test
	void acceptsTheLargestAmount() {
		assertThat(Price.of("9999999999.99", "EUR").amount()).isEqualByComparingTo("9999999999.99");
	}

	@ParameterizedTest
	@ValueSource(strings = { "eur", "EURO", "ABC", "" })
	void rejectsWhatIsNotAnIso4217Code(String code) {
		assertThatIllegalArgumentException().isThrownBy(() -> Price.of("1", code));
	}

	@Test
	void separatesCurrencies() {
		assertThat(Price.of("1", "EUR")).isNotEqualTo(Price.of("1", "USD"));
		assertThat(Price.of("1", "USD").currencyCode()).isEqualTo("USD");
	}

}
