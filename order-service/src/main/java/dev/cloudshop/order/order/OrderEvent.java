package dev.cloudshop.order.order;

import java.util.UUID;

/**
 * What other services learn about an order: it was placed, and how it ended. Each raises the
 * order's version by one (1 placed, 2 confirmed or cancelled), so a reader notices a gap.
 */
public sealed interface OrderEvent permits OrderPlaced, OrderConfirmed, OrderCancelled {

	UUID orderId();

}
