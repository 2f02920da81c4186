package dev.cloudshop.review.review.persistence;

import java.util.Optional;
import java.util.UUID;

import dev.cloudshop.review.review.Review;
import dev.cloudshop.review.review.ReviewStatus;
import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The reviews. Every change loads its review with {@link #findByIdForUpdate}: the row lock
 * serialises writers of one review, so a check (author, version, status) and the change it
 * guards happen as one.
 */
public interface ReviewRepository extends Repository<Review, UUID>, ReviewInserts {

	Optional<Review> findById(UUID id);

	/** The review, locked ({@code SELECT ... FOR UPDATE}) until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Review r where r.id = :id")
	Optional<Review> findByIdForUpdate(UUID id);

	Page<Review> findByProductIdAndStatus(UUID productId, ReviewStatus status, Pageable pageable);

	boolean existsByProductIdAndCustomerIdAndStatus(UUID productId, UUID customerId, ReviewStatus status);

}
