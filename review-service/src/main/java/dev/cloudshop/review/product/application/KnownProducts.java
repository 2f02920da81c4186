package dev.cloudshop.review.product.application;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import dev.cloudshop.review.product.KnownProduct;
import dev.cloudshop.review.product.ProductObservation;
import dev.cloudshop.review.product.persistence.KnownProductRepository;
import dev.cloudshop.support.inbox.ProcessedEvents;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The products review-service knows, kept from product.events. Each event is applied once
 * (its id is recorded as processed in the same transaction as its effect) and merged into the
 * product as {@link KnownProduct#merge} describes, so the order of arrival does not matter.
 */
@Service
public class KnownProducts {

	/** The name this projection records processed events under. */
	public static final String CONSUMER = "known-products";

	private final KnownProductRepository products;

	private final ProcessedEvents processedEvents;

	private final Clock clock;

	KnownProducts(KnownProductRepository products, ProcessedEvents processedEvents, Clock clock) {
		this.products = products;
		this.processedEvents = processedEvents;
		this.clock = clock;
	}

	/**
	 * Applies what an event tells about its product, unless the event was applied before.
	 * @param eventId the event's {@code ce_id}
	 * @return false for an event already applied (a redelivery), which changes nothing
	 */
	@Transactional
	public boolean apply(String eventId, ProductObservation observation) {
		if (!this.processedEvents.markProcessed(CONSUMER, eventId)) {
			return false;
		}
		KnownProduct seen = KnownProduct.from(observation);
		if (this.products.insertIfAbsent(seen, this.clock.instant())) {
			return true;
		}
		KnownProduct current = this.products.findByIdForUpdate(observation.productId())
			.orElseThrow(() -> new IllegalStateException("known_product " + observation.productId() + " vanished"));
		KnownProduct merged = current.merge(observation);
		if (!merged.equals(current)) {
			this.products.update(merged, this.clock.instant());
		}
		return true;
	}

	@Transactional(readOnly = true)
	public Optional<KnownProduct> find(UUID productId) {
		return this.products.findById(productId);
	}

}
