package dev.cloudshop.order.order.persistence;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.cloudshop.order.order.Order;
import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The orders. Every change loads its order with a row lock ({@code SELECT ... FOR UPDATE}), so
 * replies, timeouts and the customer's cancel of one order are applied one after another, each
 * to the state the one before left. A customer sees only their own orders.
 */
public interface OrderRepository extends Repository<Order, UUID>, OrderInserts {

	Optional<Order> findByIdAndCustomerId(UUID id, UUID customerId);

	Page<Order> findByCustomerId(UUID customerId, Pageable pageable);

	/** The order, locked until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from CustomerOrder o where o.id = :id")
	Optional<Order> findByIdForUpdate(UUID id);

	/** The customer's order, locked until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from CustomerOrder o where o.id = :id and o.customerId = :customerId")
	Optional<Order> findByIdAndCustomerIdForUpdate(UUID id, UUID customerId);

	/**
	 * The order longest past its deadline, locked; orders another transaction holds are skipped,
	 * so several instances sweep side by side without waiting for each other.
	 */
	@Query(value = """
			select * from orders
			where deadline <= :now
			order by deadline
			limit 1
			for update skip locked
			""", nativeQuery = true)
	Optional<Order> lockNextOverdue(Instant now);

}
