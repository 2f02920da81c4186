package dev.cloudshop.review.product;

import java.util.Objects;
import java.util.UUID;

/**
 * A product as review-service knows it from product.events: it exists, whether it is
 * discontinued, and the highest product version seen.
 * <p>
 * <b>Order does not matter.</b> The projection is the {@linkplain #merge merge} of every
 * observation of the product, and merging takes, field by field, the later state: existence
 * (any observation proves it), status (ACTIVE, then DISCONTINUED, which is final) and the
 * highest version. Such a merge is commutative, associative and idempotent, so the events of a
 * product give the same known product in any order and with any repetition: a
 * ProductDiscontinued seen before its ProductCreated still ends DISCONTINUED, and a redelivery
 * changes nothing. That is why the projection needs no version-order check and parks no gaps;
 * {@code lastVersion} is kept for diagnosis only.
 */
public record KnownProduct(UUID productId, ProductStatus status, long lastVersion) {

	public KnownProduct {
		Objects.requireNonNull(productId, "productId");
		Objects.requireNonNull(status, "status");
	}

	/** The product as its first observation shows it. */
	public static KnownProduct from(ProductObservation observation) {
		return new KnownProduct(observation.productId(), observation.status(), observation.version());
	}

	/** This product, having also seen the observation. */
	public KnownProduct merge(ProductObservation observation) {
		if (!this.productId.equals(observation.productId())) {
			throw new IllegalArgumentException("An observation of product " + observation.productId()
					+ " is not one of product " + this.productId);
		}
		return new KnownProduct(this.productId, this.status.and(observation.status()),
				Math.max(this.lastVersion, observation.version()));
	}

	/** Whether customers may review it now. */
	public boolean isReviewable() {
		return this.status == ProductStatus.ACTIVE;
	}

}
