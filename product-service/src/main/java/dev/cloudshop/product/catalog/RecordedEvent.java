package dev.cloudshop.product.catalog;

/** An event together with the product version its change produced. */
public record RecordedEvent(long productVersion, ProductEvent event) {
}
