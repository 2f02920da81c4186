package dev.cloudshop.payment.payment;

/**
 * Where an order's payment is. AUTHORIZED: the money was taken. DECLINED: nothing was taken,
 * and never will be. REFUNDED: the money was taken and given back. VOIDED: the refund came
 * before any authorisation, so nothing will ever be taken. All but AUTHORIZED are final.
 */
public enum PaymentStatus {

	AUTHORIZED, DECLINED, REFUNDED, VOIDED

}
