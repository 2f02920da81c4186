package dev.cloudshop.product.catalog.web;

import dev.cloudshop.product.catalog.web.ProductSorting.InvalidSortException;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProductSortingTests {

	@Test
	void endsEveryOrderWithTheId() {
		Pageable checked = ProductSorting.checked(PageRequest.of(2, 10, Sort.by(Sort.Order.desc("price"))));

		assertThat(checked.getPageNumber()).isEqualTo(2);
		assertThat(checked.getPageSize()).isEqualTo(10);
		assertThat(checked.getSort()).containsExactly(Sort.Order.desc("price"), Sort.Order.asc("id"));
	}

	@Test
	void rejectsAPropertyNotWhitelisted() {
		assertThatExceptionOfType(InvalidSortException.class)
			.isThrownBy(() -> ProductSorting.checked(PageRequest.of(0, 10, Sort.by("name", "version"))))
			.satisfies((ex) -> assertThat(ex.property()).isEqualTo("version"));
	}

}
