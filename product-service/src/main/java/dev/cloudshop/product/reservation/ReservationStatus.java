package dev.cloudshop.product.reservation;

/**
 * Where an order's reservation is: RESERVED (it holds its units), FAILED (it got none) or
 * RELEASED (the order gave its units back, or was released before it reserved any). RELEASED is
 * final.
 */
public enum ReservationStatus {

	RESERVED, FAILED, RELEASED

}
