package dev.cloudshop.payment.payment;

import java.util.UUID;

/**
 * What became of an order's payment, as order-service and the read side learn it: a past-tense
 * record of plain values. Every command is answered with one, and a command delivered again is
 * answered with the same one.
 */
public sealed interface PaymentEvent permits PaymentAuthorized, PaymentDeclined, PaymentRefunded {

	UUID orderId();

}
