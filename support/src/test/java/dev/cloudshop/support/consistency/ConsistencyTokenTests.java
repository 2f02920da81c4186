package dev.cloudshop.support.consistency;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ConsistencyTokenTests {

	@Test
	void readsBackWhatItWrites() {
		ConsistencyToken token = new ConsistencyToken("Product", "0b6f9a52-3c1e-4d8a-9f2e-7c5d1a4b8e90", 3);

		assertThat(token.value()).isEqualTo("Product:0b6f9a52-3c1e-4d8a-9f2e-7c5d1a4b8e90:3");
		assertThat(ConsistencyToken.parse(token.value())).isEqualTo(token);
	}

	@Test
	void toleratesSurroundingWhitespace() {
		assertThat(ConsistencyToken.parse(" Review:abc-1:12 ")).isEqualTo(new ConsistencyToken("Review", "abc-1", 12));
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "Product", "Product:id", "Product:id:0", "Product:id:-1", "Product:id:x",
			"Product:id:3:4", "Pro duct:id:3", "Product:id/../x:3", "Product:id:99999999999999999999" })
	void refusesWhatIsNotAToken(String value) {
		assertThatExceptionOfType(InvalidConsistencyTokenException.class).isThrownBy(() -> ConsistencyToken.parse(value))
			.withMessageContaining("is not a consistency token");
	}

	@Test
	void refusesANonPositiveVersion() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ConsistencyToken("Product", "id", 0));
	}

}
