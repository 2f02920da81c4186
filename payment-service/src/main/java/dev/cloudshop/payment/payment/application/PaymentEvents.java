package dev.cloudshop.payment.payment.application;

import dev.cloudshop.payment.payment.PaymentEvent;

/** Where the answers to payment commands go: the outbox, in the transaction of their effect. */
public interface PaymentEvents {

	void publish(PaymentEvent event);

}
