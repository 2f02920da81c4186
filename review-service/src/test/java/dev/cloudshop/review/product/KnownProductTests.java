package dev.cloudshop.review.product;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class KnownProductTests {

	private final UUID productId = UUID.randomUUID();

	private final ProductObservation created = seen(1, ProductStatus.ACTIVE);

	private final ProductObservation updated = seen(2, ProductStatus.ACTIVE);

	private final ProductObservation discontinued = seen(3, ProductStatus.DISCONTINUED);

	@Test
	void isReviewableOnceCreated() {
		KnownProduct product = KnownProduct.from(this.created);

		assertThat(product).isEqualTo(new KnownProduct(this.productId, ProductStatus.ACTIVE, 1));
		assertThat(product.isReviewable()).isTrue();
	}

	@Test
	void staysDiscontinuedWhenDiscontinuedArrivesBeforeCreated() {
		KnownProduct product = KnownProduct.from(this.discontinued).merge(this.created);

		assertThat(product).isEqualTo(new KnownProduct(this.productId, ProductStatus.DISCONTINUED, 3));
		assertThat(product.isReviewable()).isFalse();
	}

	@Test
	void keepsTheHighestVersionSeen() {
		assertThat(KnownProduct.from(this.updated).merge(this.created).lastVersion()).isEqualTo(2);
	}

	@Test
	void endsTheSameInEveryOrderAndWithRepetitions() {
		List<ProductObservation> events = List.of(this.created, this.updated, this.discontinued, this.updated);
		KnownProduct expected = new KnownProduct(this.productId, ProductStatus.DISCONTINUED, 3);

		for (List<ProductObservation> order : permutations(events)) {
			KnownProduct product = KnownProduct.from(order.get(0));
			for (ProductObservation observation : order) {
				product = product.merge(observation);
			}
			assertThat(product).as("after %s", order).isEqualTo(expected);
		}
	}

	@Test
	void refusesAnObservationOfAnotherProduct() {
		KnownProduct product = KnownProduct.from(this.created);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> product.merge(new ProductObservation(UUID.randomUUID(), 2, ProductStatus.ACTIVE)));
	}

	@Test
	void rejectsANonPositiveVersion() {
		assertThatIllegalArgumentException().isThrownBy(() -> seen(0, ProductStatus.ACTIVE));
	}

	private ProductObservation seen(long version, ProductStatus status) {
		return new ProductObservation(this.productId, version, status);
	}

	private static <T> List<List<T>> permutations(List<T> items) {
		if (items.isEmpty()) {
			return List.of(List.of());
		}
		List<List<T>> result = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			List<T> rest = new ArrayList<>(items);
			T first = rest.remove(i);
			for (List<T> tail : permutations(rest)) {
				List<T> permutation = new ArrayList<>();
				permutation.add(first);
				permutation.addAll(tail);
				result.add(permutation);
			}
		}
		return result;
	}

}
