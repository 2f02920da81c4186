package dev.cloudshop.order.order.persistence;

import dev.cloudshop.order.order.Order;
import jakarta.persistence.EntityManager;

class OrderInsertsImpl implements OrderInserts {

	private final EntityManager entityManager;

	OrderInsertsImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public void insert(Order order) {
		this.entityManager.persist(order);
		this.entityManager.flush();
	}

}
