package dev.cloudshop.product.catalog;

import java.util.UUID;

/**
 * Something that happened to a product, as other services learn it: a past-tense record of
 * plain values. Each change of a product produces exactly one event.
 */
public sealed interface ProductEvent
		permits ProductCreated, ProductUpdated, ProductPriceChanged, ProductDiscontinued, StockAdjusted {

	UUID productId();

}
