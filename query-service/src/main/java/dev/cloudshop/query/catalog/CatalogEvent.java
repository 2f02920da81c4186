package dev.cloudshop.query.catalog;

/**
 * An event as the catalog reads it: the few fields it needs of each type and version it knows.
 * Types it does not know become {@link UnknownEvent}, which advances the aggregate's version and
 * changes nothing else.
 */
public sealed interface CatalogEvent permits ProductCreated, ProductUpdated, ProductPriceChanged, ProductDiscontinued,
		StockAdjusted, ReviewPosted, ReviewEdited, ReviewRemoved, UnknownEvent {

	/** The aggregate type of product-service's events. */
	String PRODUCT = "Product";

	/** The aggregate type of review-service's events. */
	String REVIEW = "Review";

}
