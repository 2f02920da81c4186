package dev.cloudshop.order.checkout;

import java.util.UUID;

/** A product and how many units of it the customer wants. */
public record Item(UUID productId, int quantity) {
}
