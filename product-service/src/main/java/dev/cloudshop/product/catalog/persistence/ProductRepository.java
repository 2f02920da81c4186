package dev.cloudshop.product.catalog.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.cloudshop.product.catalog.Product;
import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The catalog's products. Every change loads its product with {@link #findByIdForUpdate} (or
 * its products with {@link #findAllByIdForUpdate}): the row lock serialises writers of one
 * product, so a check (stock, version) and the change it guards happen as one.
 */
public interface ProductRepository extends Repository<Product, UUID>, ProductInserts {

	Optional<Product> findById(UUID id);

	/** The product, locked ({@code SELECT ... FOR UPDATE}) until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Product p where p.id = :id")
	Optional<Product> findByIdForUpdate(UUID id);

	/**
	 * The products among the ids that exist, each locked ({@code SELECT ... FOR UPDATE}) until
	 * the transaction ends. Rows are locked in the order of their ids, so two transactions
	 * locking overlapping sets of products never wait for each other in a circle.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Product p where p.id in :ids order by p.id")
	List<Product> findAllByIdForUpdate(Collection<UUID> ids);

	Page<Product> findAll(Pageable pageable);

	boolean existsBySku(String sku);

}
