package dev.cloudshop.order.order;

/** An event together with the order version it produced. */
public record RecordedEvent(long orderVersion, OrderEvent event) {
}
