package dev.cloudshop.product.catalog;

import java.util.UUID;

/** A product left the catalog for good; it takes no further changes. */
public record ProductDiscontinued(UUID productId) implements ProductEvent {
}
