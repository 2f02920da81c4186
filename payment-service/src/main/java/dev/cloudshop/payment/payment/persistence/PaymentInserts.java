package dev.cloudshop.payment.payment.persistence;

import dev.cloudshop.payment.payment.Payment;

/**
 * Inserts new payments. A payment's id is assigned before it is stored, so Spring Data's
 * {@code save} would take it for an existing one and merge; this persists it instead.
 */
public interface PaymentInserts {

	/**
	 * Stores a new payment now (the insert is flushed), so a second payment for the same order
	 * fails here, before anything is published.
	 */
	void insert(Payment payment);

}
