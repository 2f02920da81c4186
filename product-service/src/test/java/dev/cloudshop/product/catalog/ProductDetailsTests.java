package dev.cloudshop.product.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProductDetailsTests {

	private final Price price = Price.of("1", "EUR");

	@Test
	void rejectsABlankName() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ProductDetails(" ", "", this.price));
	}

	@Test
	void rejectsAnOverlongName() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ProductDetails("n".repeat(201), "", this.price));
	}

	@Test
	void rejectsAnOverlongDescription() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProductDetails("Mug", "d".repeat(2001), this.price));
	}

}
