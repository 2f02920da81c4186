package dev.cloudshop.payment.payment.persistence;

import dev.cloudshop.payment.payment.Payment;
import jakarta.persistence.EntityManager;

class PaymentInsertsImpl implements PaymentInserts {

	private final EntityManager entityManager;

	PaymentInsertsImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public void insert(Payment payment) {
		this.entityManager.persist(payment);
		this.entityManager.flush();
	}

}
