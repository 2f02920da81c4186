package dev.cloudshop.query.catalog;

/**
 * An event of a type or version the catalog does not read. It still takes its place in the
 * aggregate's sequence, so the events after it are applied in order.
 */
public record UnknownEvent(String type) implements CatalogEvent {
}
