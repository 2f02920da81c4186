package dev.cloudshop.payment.payment;

import java.util.UUID;

/** What order-service asks of payment-service about one order's payment. */
public sealed interface PaymentCommand permits AuthorizePayment, RefundPayment {

	UUID orderId();

}
