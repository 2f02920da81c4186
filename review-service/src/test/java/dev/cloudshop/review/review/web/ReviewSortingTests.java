package dev.cloudshop.review.review.web;

import dev.cloudshop.review.review.web.ReviewSorting.InvalidSortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReviewSortingTests {

	private final Pageable page = PageRequest.of(3, 25, Sort.by("whatever"));

	@Test
	void sortsNewestFirstEndingWithTheId() {
		Pageable sorted = ReviewSorting.sorted("newest", this.page);

		assertThat(sorted.getPageNumber()).isEqualTo(3);
		assertThat(sorted.getPageSize()).isEqualTo(25);
		assertThat(sorted.getSort()).containsExactly(Sort.Order.desc("postedAt"), Sort.Order.desc("id"));
	}

	@Test
	void sortsByBestRatingThenNewest() {
		assertThat(ReviewSorting.sorted("rating", this.page).getSort()).containsExactly(Sort.Order.desc("rating"),
				Sort.Order.desc("postedAt"), Sort.Order.desc("id"));
	}

	@Test
	void ignoresCaseAndSurroundingSpace() {
		assertThat(ReviewSorting.sorted(" Rating ", this.page).getSort().getOrderFor("rating")).isNotNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "title", "rating,asc", "postedAt", "" })
	void refusesAnyOtherOrder(String order) {
		assertThatExceptionOfType(InvalidSortException.class).isThrownBy(() -> ReviewSorting.sorted(order, this.page));
	}

}
