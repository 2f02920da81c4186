package dev.cloudshop.product.catalog;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static dev.cloudshop.product.catalog.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProductTests {

	@Nested
	class Creation {

		@Test
		void createsAnActiveProductAtVersionOneRecordingProductCreated() {
			UUID id = UUID.randomUUID();
			Product product = Product.create(id, new Sku("TSHIRT-RED-M"),
					new ProductDetails("T-shirt", "Cotton", Price.of("19.90", "EUR")), 5);

			assertThat(product.status()).isEqualTo(ProductStatus.ACTIVE);
			assertThat(product.version()).isEqualTo(1);
			assertThat(product.stock()).isEqualTo(5);
			assertThat(product.releaseEvents()).containsExactly(new RecordedEvent(1, new ProductCreated(id,
					"TSHIRT-RED-M", "T-shirt", "Cotton", new BigDecimal("19.90"), "EUR", 5)));
		}

		@Test
		void acceptsZeroStock() {
			assertThat(aProduct().withStock(0).build().stock()).isZero();
		}

		@Test
		void rejectsNegativeStock() {
			assertThatIllegalArgumentException().isThrownBy(() -> aProduct().withStock(-1).build());
		}

		@Test
		void rejectsStockAboveTheLimit() {
			assertThatIllegalArgumentException().isThrownBy(() -> aProduct().withStock(Product.MAX_STOCK + 1).build());
		}

		@Test
		void keepsAnAbsentDescriptionAsEmpty() {
			assertThat(aProduct().withDescription(null).build().description()).isEmpty();
		}

	}

	@Nested
	class Revision {

		private final Product product = aProduct().withName("T-shirt").withDescription("Cotton")
			.withPrice("19.99", "EUR")
			.build();

		@Test
		void recordsProductPriceChangedWhenOnlyThePriceChanges() {
			this.product.revise(new ProductDetails("T-shirt", "Cotton", Price.of("17.50", "EUR")));

			assertThat(this.product.price()).isEqualTo(Price.of("17.5", "EUR"));
			assertThat(this.product.releaseEvents()).containsExactly(new RecordedEvent(2,
					new ProductPriceChanged(this.product.id(), new BigDecimal("17.50"), "EUR")));
		}

		@Test
		void treatsAnotherCurrencyAsAPriceChange() {
			this.product.revise(new ProductDetails("T-shirt", "Cotton", Price.of("19.99", "USD")));

			assertThat(this.product.releaseEvents()).extracting(RecordedEvent::event)
				.singleElement()
				.isInstanceOf(ProductPriceChanged.class);
		}

		@Test
		void recordsProductUpdatedWithTheWholeEditableStateForAnyOtherChange() {
			this.product.revise(new ProductDetails("T-shirt, red", "Cotton", Price.of("21", "EUR")));

			assertThat(this.product.name()).isEqualTo("T-shirt, red");
			assertThat(this.product.releaseEvents()).containsExactly(new RecordedEvent(2, new ProductUpdated(
					this.product.id(), "T-shirt, red", "Cotton", new BigDecimal("21.00"), "EUR")));
		}

		@Test
		void recordsProductUpdatedWhenOnlyTheDescriptionChanges() {
			this.product.revise(new ProductDetails("T-shirt", "Linen", Price.of("19.99", "EUR")));

			assertThat(this.product.releaseEvents()).extracting(RecordedEvent::event)
				.singleElement()
				.isInstanceOf(ProductUpdated.class);
		}

		@Test
		void changesNothingWhenTheDetailsAreTheSame() {
			this.product.revise(new ProductDetails("T-shirt", "Cotton", Price.of("19.990", "EUR")));

			assertThat(this.product.version()).isEqualTo(1);
			assertThat(this.product.releaseEvents()).isEmpty();
		}

		@Test
		void refusesADiscontinuedProduct() {
			Product discontinued = aProduct().discontinued().build();

			assertThatExceptionOfType(ProductDiscontinuedException.class)
				.isThrownBy(() -> discontinued.revise(aProduct().withName("Other").details()));
			assertThat(discontinued.releaseEvents()).isEmpty();
		}

	}

	@Nested
	class Discontinuation {

		@Test
		void discontinuesAnActiveProduct() {
			Product product = aProduct().build();

			product.discontinue();

			assertThat(product.status()).isEqualTo(ProductStatus.DISCONTINUED);
			assertThat(product.releaseEvents())
				.containsExactly(new RecordedEvent(2, new ProductDiscontinued(product.id())));
		}

		@Test
		void refusesToDiscontinueTwice() {
			Product product = aProduct().discontinued().build();

			assertThatExceptionOfType(ProductDiscontinuedException.class).isThrownBy(product::discontinue);
			assertThat(product.version()).isEqualTo(2);
		}

	}

	@Nested
	class StockAdjustment {

		@Test
		void addsUnits() {
			Product product = aProduct().withStock(3).build();

			product.adjustStock(7, "Goods received");

			assertThat(product.stock()).isEqualTo(10);
			assertThat(product.releaseEvents()).containsExactly(
					new RecordedEvent(2, new StockAdjusted(product.id(), 7, "Goods received", 10)));
		}

		@Test
		void takesUnitsDownToZero() {
			Product product = aProduct().withStock(3).build();

			product.adjustStock(-3, "Sold");

			assertThat(product.stock()).isZero();
		}

		@Test
		void refusesToGoBelowZero() {
			Product product = aProduct().withStock(3).build();

			assertThatExceptionOfType(InsufficientStockException.class).isThrownBy(() -> product.adjustStock(-4, "Sold"))
				.satisfies((ex) -> assertThat(ex.stock()).isEqualTo(3));
			assertThat(product.stock()).isEqualTo(3);
			assertThat(product.version()).isEqualTo(1);
			assertThat(product.releaseEvents()).isEmpty();
		}

		@Test
		void refusesToExceedTheLimit() {
			Product product = aProduct().withStock(Product.MAX_STOCK - 1).build();

			assertThatExceptionOfType(StockLimitExceededException.class)
				.isThrownBy(() -> product.adjustStock(2, "Goods received"));
			assertThat(product.stock()).isEqualTo(Product.MAX_STOCK - 1);
		}

		@Test
		void staysClearOfIntegerOverflow() {
			Product product = aProduct().withStock(Product.MAX_STOCK).build();

			assertThatExceptionOfType(StockLimitExceededException.class)
				.isThrownBy(() -> product.adjustStock(Integer.MAX_VALUE, "Goods received"));
		}

		@Test
		void refusesAZeroDelta() {
			assertThatIllegalArgumentException().isThrownBy(() -> aProduct().build().adjustStock(0, "Nothing"));
		}

		@Test
		void refusesABlankReason() {
			assertThatIllegalArgumentException().isThrownBy(() -> aProduct().build().adjustStock(1, " "));
		}

		@Test
		void refusesADiscontinuedProduct() {
			Product product = aProduct().discontinued().build();

			assertThatExceptionOfType(ProductDiscontinuedException.class)
				.isThrownBy(() -> product.adjustStock(1, "Goods received"));
		}

	}

	@Nested
	class Reservation {

		private final UUID orderId = UUID.randomUUID();

		@Test
		void takesUnitsForAnOrderRecordingStockAdjusted() {
			Product product = aProduct().withStock(5).build();

			product.reserve(2, this.orderId);

			assertThat(product.stock()).isEqualTo(3);
			assertThat(product.version()).isEqualTo(2);
			assertThat(product.releaseEvents()).containsExactly(new RecordedEvent(2,
					new StockAdjusted(product.id(), -2, "Reserved for order " + this.orderId, 3)));
		}

		@Test
		void takesTheLastUnit() {
			Product product = aProduct().withStock(1).build();

			product.reserve(1, this.orderId);

			assertThat(product.stock()).isZero();
		}

		@Test
		void cannotReserveMoreThanTheStock() {
			Product product = aProduct().withStock(3).build();

			assertThatExceptionOfType(InsufficientStockException.class).isThrownBy(() -> product.reserve(4, this.orderId))
				.satisfies((ex) -> assertThat(ex.stock()).isEqualTo(3));
			assertThat(product.stock()).isEqualTo(3);
			assertThat(product.version()).isEqualTo(1);
			assertThat(product.releaseEvents()).isEmpty();
		}

		@Test
		void cannotReserveFromADiscontinuedProduct() {
			Product product = aProduct().withStock(3).discontinued().build();

			assertThatExceptionOfType(ProductDiscontinuedException.class)
				.isThrownBy(() -> product.reserve(1, this.orderId));
			assertThat(product.stock()).isEqualTo(3);
			assertThat(product.releaseEvents()).isEmpty();
		}

		@Test
		void reservesAtLeastOneUnit() {
			Product product = aProduct().withStock(3).build();

			assertThatIllegalArgumentException().isThrownBy(() -> product.reserve(0, this.orderId));
			assertThatIllegalArgumentException().isThrownBy(() -> product.reserve(-1, this.orderId));
			assertThat(product.stock()).isEqualTo(3);
		}

	}

	@Nested
	class Release {

		private final UUID orderId = UUID.randomUUID();

		@Test
		void givesUnitsBackRecordingStockAdjusted() {
			Product product = aProduct().withStock(5).build();
			product.reserve(2, this.orderId);

			product.release(2, this.orderId);

			assertThat(product.stock()).isEqualTo(5);
			assertThat(product.releaseEvents()).containsExactly(
					new RecordedEvent(2, new StockAdjusted(product.id(), -2, "Reserved for order " + this.orderId, 3)),
					new RecordedEvent(3, new StockAdjusted(product.id(), 2, "Released from order " + this.orderId, 5)));
		}

		@Test
		void givesUnitsBackToAProductDiscontinuedSince() {
			Product product = aProduct().withStock(5).build();
			product.reserve(2, this.orderId);
			product.discontinue();

			product.release(2, this.orderId);

			assertThat(product.stock()).isEqualTo(5);
			assertThat(product.status()).isEqualTo(ProductStatus.DISCONTINUED);
			assertThat(product.version()).isEqualTo(4);
		}

		@Test
		void refusesToExceedTheLimit() {
			Product product = aProduct().withStock(Product.MAX_STOCK).build();

			assertThatExceptionOfType(StockLimitExceededException.class)
				.isThrownBy(() -> product.release(1, this.orderId));
			assertThat(product.stock()).isEqualTo(Product.MAX_STOCK);
			assertThat(product.releaseEvents()).isEmpty();
		}

		@Test
		void releasesAtLeastOneUnit() {
			assertThatIllegalArgumentException().isThrownBy(() -> aProduct().build().release(0, this.orderId));
		}

	}

	@Nested
	class Versions {

		@Test
		void countOneVersionPerRecordedEvent() {
			Product product = Product.create(UUID.randomUUID(), new Sku("MUG-1"), aProduct().details(), 10);
			product.adjustStock(-1, "Sold");
			product.revise(new ProductDetails("Mug", "", Price.of("5", "EUR")));
			product.discontinue();

			assertThat(product.releaseEvents()).extracting(RecordedEvent::productVersion).containsExactly(1L, 2L, 3L, 4L);
			assertThat(product.version()).isEqualTo(4);
		}

		@Test
		void releaseEventsOnlyOnce() {
			Product product = aProduct().build();
			product.adjustStock(1, "Found");

			assertThat(product.releaseEvents()).hasSize(1);
			assertThat(product.releaseEvents()).isEmpty();
		}

	}

}
