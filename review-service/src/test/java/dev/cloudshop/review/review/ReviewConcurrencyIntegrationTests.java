package dev.cloudshop.review.review;

import java.util.List;
import java.util.UUID;

import dev.cloudshop.review.ReviewApi.Response;
import dev.cloudshop.review.ReviewServiceIntegrationTest;
import dev.cloudshop.review.review.persistence.ReviewRepository;
import dev.cloudshop.testsupport.Parallel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.cloudshop.review.ReviewApi.reviewsOf;
import static dev.cloudshop.review.review.ReviewBuilder.aReview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * One live review per customer and product, however the posts race: the application's check
 * answers the common case, the partial unique index the race.
 */
class ReviewConcurrencyIntegrationTests extends ReviewServiceIntegrationTest {

	@Autowired
	private ReviewRepository reviews;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void acceptsOneOfTwoPostsRacingForTheSameProduct() throws Exception {
		for (int round = 0; round < 5; round++) {
			UUID productId = aKnownProduct();

			List<Response> responses = Parallel.run(2,
					(i) -> () -> api.post(reviewsOf(productId), aReview().withTitle("Racing").asRequest()));

			assertThat(responses).extracting(Response::status).containsExactlyInAnyOrder(201, 409);
			assertThat(responses).filteredOn((response) -> response.status() == 409)
				.allSatisfy((response) -> assertThat(response.problemType()).isEqualTo("duplicate-review"));
			assertThat(api.get(reviewsOf(productId)).body().get("page").get("totalElements").asLong()).isEqualTo(1);
		}
	}

	@Test
	void acceptsOneOfManyPostsRacingForTheSameProduct() throws Exception {
		UUID productId = aKnownProduct();

		List<Response> responses = Parallel.run(8, (i) -> () -> api.post(reviewsOf(productId), aReview().asRequest()));

		assertThat(responses).extracting(Response::status).containsOnly(201, 409);
		assertThat(responses).filteredOn((response) -> response.status() == 201).hasSize(1);
	}

	@Test
	void letsTheDatabaseRefuseASecondLiveReviewTheCheckMissed() {
		UUID productId = aKnownProduct();
		UUID customerId = UUID.randomUUID();
		this.transactions.executeWithoutResult((status) -> this.reviews.insert(aReview().of(productId).by(customerId).build()));

		assertThatExceptionOfType(DuplicateReviewException.class).isThrownBy(() -> this.transactions
			.executeWithoutResult((status) -> this.reviews.insert(aReview().of(productId).by(customerId).build())));
		this.transactions.executeWithoutResult((status) -> this.reviews
			.insert(aReview().of(productId).by(customerId).removedBy(Remover.AUTHOR).build()));
	}

}
