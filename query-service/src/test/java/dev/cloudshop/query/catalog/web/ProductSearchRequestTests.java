package dev.cloudshop.query.catalog.web;

import java.math.BigDecimal;

import dev.cloudshop.query.catalog.CatalogSort;
import dev.cloudshop.query.web.InvalidField;
import dev.cloudshop.query.web.InvalidParametersException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProductSearchRequestTests {

	@Test
	void listsNewestFirstTwentyAtATimeByDefault() {
		ProductSearchRequest request = ProductSearchRequest.of(null, null, null, null, null, null, null, null);

		assertThat(request.search().sort()).isEqualTo(CatalogSort.NEWEST);
		assertThat(request.search().terms()).isNull();
		assertThat(request.search().inStockOnly()).isFalse();
		assertThat(request.pageable().getPageNumber()).isZero();
		assertThat(request.pageable().getPageSize()).isEqualTo(20);
	}

	@Test
	void sortsByRelevanceWhenSearching() {
		ProductSearchRequest request = ProductSearchRequest.of("mug", null, null, null, null, null, null, null);

		assertThat(request.search().sort()).isEqualTo(CatalogSort.RELEVANCE);
		assertThat(request.search().terms().toPrefixQuery()).isEqualTo("mug:*");
	}

	@Test
	void readsEveryFilter() {
		ProductSearchRequest request = ProductSearchRequest.of("blue mug", "5", "12.50", "true", "3.5", "price,desc",
				"2", "100");

		assertThat(request.search().minPrice()).isEqualByComparingTo("5");
		assertThat(request.search().maxPrice()).isEqualByComparingTo("12.50");
		assertThat(request.search().inStockOnly()).isTrue();
		assertThat(request.search().minRating()).isEqualByComparingTo(new BigDecimal("3.5"));
		assertThat(request.search().sort()).isEqualTo(CatalogSort.PRICE_DESCENDING);
		assertThat(request.pageable().getPageNumber()).isEqualTo(2);
		assertThat(request.pageable().getPageSize()).isEqualTo(100);
	}

	@Test
	void takesBlankParametersAsNotGiven() {
		ProductSearchRequest request = ProductSearchRequest.of(" ", "", "", "", "", "", "", "");

		assertThat(request.search().terms()).isNull();
		assertThat(request.search().minPrice()).isNull();
		assertThat(request.pageable().getPageSize()).isEqualTo(20);
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource({ "q, '&|!'", "minPrice, -1", "minPrice, cheap", "minPrice, 1e3", "maxPrice, 1.5.5",
			"maxPrice, 10000000000000", "inStock, yes", "minRating, 0", "minRating, 5.5", "sort, name",
			"sort, relevance", "page, -1", "page, x", "size, 0", "size, 101", "size, 99999999999" })
	void rejectsABadParameterNamingIt(String field, String value) {
		assertThatExceptionOfType(InvalidParametersException.class).isThrownBy(() -> of(field, value))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(InvalidField::field).containsExactly(field));
	}

	@Test
	void rejectsALowestPriceAboveTheHighest() {
		assertThatExceptionOfType(InvalidParametersException.class)
			.isThrownBy(() -> ProductSearchRequest.of(null, "10", "9.99", null, null, null, null, null))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(InvalidField::field).containsExactly("minPrice"));
	}

	@Test
	void namesEveryBadParameterAtOnce() {
		assertThatExceptionOfType(InvalidParametersException.class)
			.isThrownBy(() -> ProductSearchRequest.of(null, "x", null, "maybe", null, "up", "-1", "0"))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(InvalidField::field)
				.containsExactlyInAnyOrder("minPrice", "inStock", "sort", "page", "size"));
	}

	@Test
	void rejectsASearchTextLongerThanTwoHundredCharacters() {
		assertThatExceptionOfType(InvalidParametersException.class).isThrownBy(() -> of("q", "a".repeat(201)));
	}

	private static ProductSearchRequest of(String field, String value) {
		return ProductSearchRequest.of(field.equals("q") ? value : null, field.equals("minPrice") ? value : null,
				field.equals("maxPrice") ? value : null, field.equals("inStock") ? value : null,
				field.equals("minRating") ? value : null, field.equals("sort") ? value : null,
				field.equals("page") ? value : null, field.equals("size") ? value : null);
	}

}
