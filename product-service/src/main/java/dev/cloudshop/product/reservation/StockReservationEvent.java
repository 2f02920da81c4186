package dev.cloudshop.product.reservation;

import java.util.UUID;

/**
 * The answer to a command of the order saga, about one order: past-tense records of plain
 * values, published to order-service.
 */
public sealed interface StockReservationEvent permits StockReserved, StockReservationFailed, StockReleased {

	UUID orderId();

}
