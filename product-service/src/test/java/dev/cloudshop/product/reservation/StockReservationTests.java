package dev.cloudshop.product.reservation;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.cloudshop.product.catalog.Product;
import dev.cloudshop.product.catalog.RecordedEvent;
import dev.cloudshop.product.catalog.StockAdjusted;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static dev.cloudshop.product.catalog.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class StockReservationTests {

	private static final Instant RESERVED_AT = Instant.parse("2026-11-25T10:15:30Z");

	private static final Instant RELEASED_AT = Instant.parse("2026-11-25T10:20:00Z");

	private final UUID orderId = UUID.randomUUID();

	private final Product mug = aProduct().withStock(5).build();

	private final Product shirt = aProduct().withStock(2).build();

	@Nested
	class Reserve {

		@Test
		void takesEveryLineFromItsProduct() {
			StockReservation reservation = reserve(line(mug, 3), line(shirt, 2));

			assertThat(reservation.status()).isEqualTo(ReservationStatus.RESERVED);
			assertThat(reservation.lines()).containsExactly(line(mug, 3), line(shirt, 2));
			assertThat(mug.stock()).isEqualTo(2);
			assertThat(shirt.stock()).isZero();
			assertThat(mug.releaseEvents()).containsExactly(new RecordedEvent(2,
					new StockAdjusted(mug.id(), -3, "Reserved for order " + orderId, 2)));
			assertThat(reservation.outcome()).isEqualTo(new StockReserved(orderId, List.of(line(mug, 3), line(shirt, 2))));
			assertThat(reservation.createdAt()).isEqualTo(RESERVED_AT);
		}

		@Test
		void mergesLinesOfTheSameProduct() {
			StockReservation reservation = reserve(line(mug, 1), line(shirt, 1), line(mug, 2));

			assertThat(reservation.lines()).containsExactly(line(mug, 3), line(shirt, 1));
			assertThat(mug.stock()).isEqualTo(2);
			assertThat(mug.releaseEvents()).hasSize(1);
		}

		@Test
		void takesNothingWhenOneLineIsShort() {
			StockReservation reservation = reserve(line(mug, 5), line(shirt, 3));

			assertThat(reservation.status()).isEqualTo(ReservationStatus.FAILED);
			assertThat(reservation.lines()).isEmpty();
			assertThat(reservation.outcome()).isEqualTo(new StockReservationFailed(orderId, FailureReason.OUT_OF_STOCK,
					List.of(new Shortfall(shirt.id(), 3, 2))));
			assertUntouched(mug, 5);
			assertUntouched(shirt, 2);
		}

		@Test
		void listsEveryShortLineWithWhatIsAvailable() {
			StockReservation reservation = reserve(line(mug, 6), line(shirt, 1), line(shirt, 2));

			assertThat(reservation.unavailable()).containsExactly(new Shortfall(mug.id(), 6, 5),
					new Shortfall(shirt.id(), 3, 2));
		}

		@Test
		void failsWithProductUnavailableForAProductThatDoesNotExist() {
			UUID unknown = UUID.randomUUID();

			StockReservation reservation = StockReservation.reserve(orderId,
					List.of(line(mug, 1), new ReservationLine(unknown, 2)), products(mug), RESERVED_AT);

			assertThat(reservation.outcome()).isEqualTo(new StockReservationFailed(orderId,
					FailureReason.PRODUCT_UNAVAILABLE, List.of(new Shortfall(unknown, 2, 0))));
			assertUntouched(mug, 5);
		}

		@Test
		void failsWithProductUnavailableForADiscontinuedProductEvenWhenAnotherIsShort() {
			Product discontinued = aProduct().withStock(9).discontinued().build();

			StockReservation reservation = StockReservation.reserve(orderId,
					List.of(line(mug, 6), line(discontinued, 1)), products(mug, discontinued), RESERVED_AT);

			assertThat(reservation.failureReason()).isEqualTo(FailureReason.PRODUCT_UNAVAILABLE);
			assertThat(reservation.unavailable()).containsExactly(new Shortfall(discontinued.id(), 1, 0));
			assertUntouched(mug, 5);
			assertThat(discontinued.stock()).isEqualTo(9);
		}

		@Test
		void needsAtLeastOneLine() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> StockReservation.reserve(orderId, List.of(), products(mug), RESERVED_AT));
		}

	}

	@Nested
	class Release {

		@Test
		void givesEveryUnitBack() {
			StockReservation reservation = reserve(line(mug, 3), line(shirt, 2));
			mug.releaseEvents();

			assertThat(reservation.release(products(mug, shirt), RELEASED_AT)).isTrue();

			assertThat(reservation.status()).isEqualTo(ReservationStatus.RELEASED);
			assertThat(mug.stock()).isEqualTo(5);
			assertThat(shirt.stock()).isEqualTo(2);
			assertThat(mug.releaseEvents()).containsExactly(new RecordedEvent(3,
					new StockAdjusted(mug.id(), 3, "Released from order " + orderId, 5)));
			assertThat(reservation.released()).isEqualTo(new StockReleased(orderId, List.of(line(mug, 3), line(shirt, 2))));
			assertThat(reservation.updatedAt()).isEqualTo(RELEASED_AT);
			assertThat(reservation.heldProducts()).isEmpty();
		}

		@Test
		void holdsTheProductsOfItsLinesUntilReleased() {
			StockReservation reservation = reserve(line(mug, 3), line(shirt, 2));

			assertThat(reservation.heldProducts()).containsExactly(mug.id(), shirt.id());
		}

		@Test
		void changesNothingTheSecondTime() {
			StockReservation reservation = reserve(line(mug, 3));
			reservation.release(products(mug), RELEASED_AT);
			mug.releaseEvents();

			assertThat(reservation.release(products(mug), RELEASED_AT.plusSeconds(1))).isFalse();

			assertUntouched(mug, 5);
			assertThat(reservation.updatedAt()).isEqualTo(RELEASED_AT);
			assertThat(reservation.released().lines()).containsExactly(line(mug, 3));
		}

		@Test
		void releasesAFailedReservationWithoutUnits() {
			StockReservation reservation = reserve(line(mug, 9));

			assertThat(reservation.heldProducts()).isEmpty();
			assertThat(reservation.release(Map.of(), RELEASED_AT)).isTrue();

			assertThat(reservation.status()).isEqualTo(ReservationStatus.RELEASED);
			assertThat(reservation.released()).isEqualTo(new StockReleased(orderId, List.of()));
			assertUntouched(mug, 5);
		}

		@Test
		void failsALateReservationOfAReleasedOrder() {
			StockReservation released = StockReservation.releasedBeforeReserved(orderId, RELEASED_AT);

			assertThat(released.released()).isEqualTo(new StockReleased(orderId, List.of()));
			assertThat(released.outcome())
				.isEqualTo(new StockReservationFailed(orderId, FailureReason.ORDER_RELEASED, List.of()));
		}

		@Test
		void answersAReservationAlsoAfterReleasingIt() {
			StockReservation reservation = reserve(line(mug, 3));
			reservation.release(products(mug), RELEASED_AT);

			assertThat(reservation.outcome())
				.isEqualTo(new StockReservationFailed(orderId, FailureReason.ORDER_RELEASED, List.of()));
		}

		@Test
		void isNotAnsweredBeforeTheRelease() {
			assertThatIllegalStateException().isThrownBy(() -> reserve(line(mug, 1)).released());
		}

	}

	@Nested
	class Lines {

		@Test
		void holdOneToMaxStockUnits() {
			UUID productId = UUID.randomUUID();

			assertThatIllegalArgumentException().isThrownBy(() -> new ReservationLine(productId, 0));
			assertThatIllegalArgumentException().isThrownBy(() -> new ReservationLine(productId, Product.MAX_STOCK + 1));
			assertThat(new ReservationLine(productId, Product.MAX_STOCK).quantity()).isEqualTo(Product.MAX_STOCK);
		}

		@Test
		void mergeToAtMostMaxStockUnitsPerProduct() {
			UUID productId = UUID.randomUUID();

			assertThatIllegalArgumentException().isThrownBy(() -> ReservationLine.merge(
					List.of(new ReservationLine(productId, Product.MAX_STOCK), new ReservationLine(productId, 1))));
		}

	}

	private StockReservation reserve(ReservationLine... lines) {
		return StockReservation.reserve(this.orderId, Arrays.asList(lines), products(this.mug, this.shirt), RESERVED_AT);
	}

	private static ReservationLine line(Product product, int quantity) {
		return new ReservationLine(product.id(), quantity);
	}

	private static Map<UUID, Product> products(Product... products) {
		Map<UUID, Product> byId = new LinkedHashMap<>();
		for (Product product : products) {
			byId.put(product.id(), product);
		}
		return byId;
	}

	private static void assertUntouched(Product product, int stock) {
		assertThat(product.stock()).isEqualTo(stock);
		assertThat(product.releaseEvents()).isEmpty();
	}

}
