package dev.cloudshop.order.order;

import java.time.Instant;

/**
 * One entry of an order's status history: the status it reached, when, and the cancel reason
 * once there is one.
 */
public record StatusChange(OrderStatus status, Instant at, CancelReason reason) {
}
