package dev.cloudshop.review.review;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.cloudshop.review.review.ReviewBuilder.aReview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReviewTests {

	private static final Instant LATER = Instant.parse("2026-12-02T08:01:12.5Z");

	@Nested
	class Posting {

		@Test
		void postsAPublishedReviewAtVersionOneRecordingReviewPosted() {
			UUID id = UUID.randomUUID();
			UUID productId = UUID.randomUUID();
			UUID customerId = UUID.randomUUID();
			Instant postedAt = Instant.parse("2026-11-25T10:15:30Z");

			Review review = Review.post(id, productId, customerId, new ReviewContent(5, "Great", "Really great"),
					postedAt);

			assertThat(review.status()).isEqualTo(ReviewStatus.PUBLISHED);
			assertThat(review.isPublished()).isTrue();
			assertThat(review.version()).isEqualTo(1);
			assertThat(review.editedAt()).isNull();
			assertThat(review.removedBy()).isNull();
			assertThat(review.releaseEvents()).containsExactly(new RecordedEvent(1,
					new ReviewPosted(id, productId, customerId, 5, "Great", "Really great", postedAt)));
		}

		@Test
		void releasesEachEventOnce() {
			Review review = Review.post(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
					aReview().content(), LATER);

			assertThat(review.releaseEvents()).hasSize(1);
			assertThat(review.releaseEvents()).isEmpty();
		}

	}

	@Nested
	class Content {

		@ParameterizedTest
		@ValueSource(ints = { 0, 6, -1 })
		void rejectsARatingOutsideOneToFive(int rating) {
			assertThatIllegalArgumentException().isThrownBy(() -> new ReviewContent(rating, "Title", "Body"));
		}

		@Test
		void acceptsEveryRatingFromOneToFive() {
			for (int rating = 1; rating <= 5; rating++) {
				assertThat(new ReviewContent(rating, "Title", "Body").rating()).isEqualTo(rating);
			}
		}

		@Test
		void trimsTheTitle() {
			assertThat(new ReviewContent(3, "  Fine  ", "Body").title()).isEqualTo("Fine");
		}

		@Test
		void rejectsABlankOrOverlongTitle() {
			assertThatIllegalArgumentException().isThrownBy(() -> new ReviewContent(3, "   ", "Body"));
			assertThatIllegalArgumentException().isThrownBy(() -> new ReviewContent(3, null, "Body"));
			assertThatIllegalArgumentException().isThrownBy(() -> new ReviewContent(3, "t".repeat(121), "Body"));
			assertThat(new ReviewContent(3, " " + "t".repeat(120) + " ", "Body").title()).hasSize(120);
		}

		@Test
		void rejectsABlankOrOverlongBody() {
			assertThatIllegalArgumentException().isThrownBy(() -> new ReviewContent(3, "Title", " \n "));
			assertThatIllegalArgumentException().isThrownBy(() -> new ReviewContent(3, "Title", null));
			assertThatIllegalArgumentException().isThrownBy(() -> new ReviewContent(3, "Title", "b".repeat(4001)));
			assertThat(new ReviewContent(3, "Title", "b".repeat(4000)).body()).hasSize(4000);
		}

	}

	@Nested
	class Editing {

		private final UUID author = UUID.randomUUID();

		private final Review review = aReview().by(this.author).build();

		@Test
		void replacesTheContentRecordingReviewEdited() {
			this.review.edit(this.author, new ReviewContent(2, "Seams came loose", "After ten washes"), LATER);

			assertThat(this.review.content()).isEqualTo(new ReviewContent(2, "Seams came loose", "After ten washes"));
			assertThat(this.review.version()).isEqualTo(2);
			assertThat(this.review.editedAt()).isEqualTo(LATER);
			assertThat(this.review.releaseEvents()).containsExactly(new RecordedEvent(2, new ReviewEdited(
					this.review.id(), this.review.productId(), 2, "Seams came loose", "After ten washes", LATER)));
		}

		@Test
		void changesNothingForTheSameContent() {
			this.review.edit(this.author, this.review.content(), LATER);

			assertThat(this.review.version()).isEqualTo(1);
			assertThat(this.review.editedAt()).isNull();
			assertThat(this.review.releaseEvents()).isEmpty();
		}

		@Test
		void refusesAnyoneButTheAuthor() {
			assertThatExceptionOfType(NotReviewAuthorException.class)
				.isThrownBy(() -> this.review.edit(UUID.randomUUID(), new ReviewContent(1, "Mine now", "No"), LATER));
			assertThat(this.review.version()).isEqualTo(1);
			assertThat(this.review.releaseEvents()).isEmpty();
		}

		@Test
		void refusesARemovedReview() {
			Review removed = aReview().by(this.author).removedBy(Remover.AUTHOR).build();

			assertThatExceptionOfType(ReviewRemovedException.class)
				.isThrownBy(() -> removed.edit(this.author, new ReviewContent(1, "Back", "Again"), LATER));
			assertThat(removed.version()).isEqualTo(2);
		}

	}

	@Nested
	class Removal {

		@Test
		void removesForGoodRecordingWhoAndWhen() {
			Review review = aReview().build();

			review.remove(Remover.ADMIN, LATER);

			assertThat(review.status()).isEqualTo(ReviewStatus.REMOVED);
			assertThat(review.isPublished()).isFalse();
			assertThat(review.removedBy()).isEqualTo(Remover.ADMIN);
			assertThat(review.removedAt()).isEqualTo(LATER);
			assertThat(review.version()).isEqualTo(2);
			assertThat(review.releaseEvents()).containsExactly(new RecordedEvent(2,
					new ReviewRemoved(review.id(), review.productId(), Remover.ADMIN, LATER)));
		}

		@Test
		void refusesToRemoveTwice() {
			Review review = aReview().removedBy(Remover.AUTHOR).build();

			assertThatExceptionOfType(ReviewRemovedException.class).isThrownBy(() -> review.remove(Remover.ADMIN, LATER));
			assertThat(review.removedBy()).isEqualTo(Remover.AUTHOR);
			assertThat(review.version()).isEqualTo(2);
		}

		@Test
		void keepsTheContentForAudit() {
			Review review = aReview().withTitle("Kept").build();

			review.remove(Remover.AUTHOR, LATER);

			assertThat(review.content().title()).isEqualTo("Kept");
		}

	}

	@Nested
	class Authorship {

		@Test
		void knowsItsAuthor() {
			UUID author = UUID.randomUUID();
			Review review = aReview().by(author).build();

			assertThat(review.isWrittenBy(author)).isTrue();
			assertThat(review.isWrittenBy(UUID.randomUUID())).isFalse();
			assertThatExceptionOfType(NotReviewAuthorException.class)
				.isThrownBy(() -> review.requireAuthor(UUID.randomUUID()));
		}

	}

}
