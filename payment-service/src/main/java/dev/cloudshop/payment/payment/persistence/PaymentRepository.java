package dev.cloudshop.payment.payment.persistence;

import java.util.Optional;
import java.util.UUID;

import dev.cloudshop.payment.payment.Payment;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The payments, one per order. Every command loads the order's payment with
 * {@link #findByOrderIdForUpdate}: the row lock serialises commands about one order, and when
 * there is no row yet, the unique order id lets only one of two racing inserts succeed.
 */
public interface PaymentRepository extends Repository<Payment, UUID>, PaymentInserts {

	Optional<Payment> findByOrderId(UUID orderId);

	/** The order's payment, locked ({@code SELECT ... FOR UPDATE}) until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Payment p where p.orderId = :orderId")
	Optional<Payment> findByOrderIdForUpdate(UUID orderId);

}
