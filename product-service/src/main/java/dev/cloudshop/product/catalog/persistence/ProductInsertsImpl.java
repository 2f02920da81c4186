package dev.cloudshop.product.catalog.persistence;

import dev.cloudshop.product.catalog.DuplicateSkuException;
import dev.cloudshop.product.catalog.Product;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;

class ProductInsertsImpl implements ProductInserts {

	/** The unique constraint on product.sku (V1__create_product.sql). */
	private static final String SKU_CONSTRAINT = "product_sku_key";

	private final EntityManager entityManager;

	ProductInsertsImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public void insert(Product product) {
		try {
			this.entityManager.persist(product);
			this.entityManager.flush();
		}
		catch (PersistenceException ex) {
			if (violatesSkuConstraint(ex)) {
				throw new DuplicateSkuException(product.sku().value());
			}
			throw ex;
		}
	}

	private static boolean violatesSkuConstraint(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation
					&& SKU_CONSTRAINT.equalsIgnoreCase(violation.getConstraintName())) {
				return true;
			}
		}
		return false;
	}

}
