package dev.cloudshop.product.catalog.persistence;

import dev.cloudshop.product.catalog.DuplicateSkuException;
import dev.cloudshop.product.catalog.Product;

/**
 * Inserts new products. A product's id is assigned before it is stored, so Spring Data's
 * {@code save} would take it for an existing one and merge; this persists it instead.
 */
public interface ProductInserts {

	/**
	 * Stores a new product now (the insert is flushed).
	 * @throws DuplicateSkuException when another product holds its SKU
	 */
	void insert(Product product);

}
