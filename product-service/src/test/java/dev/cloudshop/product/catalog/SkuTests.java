package dev.cloudshop.product.catalog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SkuTests {

	@ParameterizedTest
	@ValueSource(strings = { "ABC", "TSHIRT-RED-M", "A1-B2-C3", "1234567890123456789012345678901234567890" })
	void acceptsUpperCaseGroupsJoinedByHyphens(String value) {
		assertThat(new Sku(value).value()).isEqualTo(value);
	}

	@ParameterizedTest
	@ValueSource(strings = { "AB", "tshirt", "T SHIRT", "-ABC", "ABC-", "AB--C", "ÄBC", "A_B_C",
			"12345678901234567890123456789012345678901" })
	void rejectsAnythingElse(String value) {
		assertThatIllegalArgumentException().isThrownBy(() -> new Sku(value));
	}

}
