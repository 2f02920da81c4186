package dev.cloudshop.query.catalog;

import dev.cloudshop.query.projection.Envelope;

/** An event record read and understood (or known not to be understood), ready to be applied. */
public record IncomingEvent(Envelope envelope, CatalogEvent event) {

	/**
	 * Whether the event is of an aggregate the catalog shows (a product or a review). The topics
	 * carry others too, such as product-service's stock reservations for the order saga; the
	 * catalog leaves those alone.
	 */
	public boolean isOfTheCatalog() {
		String aggregateType = this.envelope.aggregateType();
		return CatalogEvent.PRODUCT.equals(aggregateType) || CatalogEvent.REVIEW.equals(aggregateType);
	}

}
