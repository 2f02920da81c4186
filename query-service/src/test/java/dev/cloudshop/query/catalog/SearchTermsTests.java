package dev.cloudshop.query.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTermsTests {

	@Test
	void matchesEveryWordAsAPrefix() {
		assertThat(SearchTerms.of("Blue mug").toPrefixQuery()).isEqualTo("blue:* & mug:*");
	}

	@Test
	void keepsOnlyLettersAndDigitsSoNoTextSearchSyntaxGetsThrough() {
		assertThat(SearchTerms.of("mug' | !cup:* & (x) <-> 'y").toPrefixQuery())
			.isEqualTo("mug:* & cup:* & x:* & y:*");
	}

	@Test
	void keepsLettersOfEveryLanguage() {
		assertThat(SearchTerms.of("Café Größe 42").words()).containsExactly("café", "größe", "42");
	}

	@Test
	void hasNoWordsWithoutLettersOrDigits() {
		assertThat(SearchTerms.of(" &|!:*() ").isEmpty()).isTrue();
	}

	@Test
	void takesAtMostTenWords() {
		assertThat(SearchTerms.of("a b c d e f g h i j k l").words()).hasSize(SearchTerms.MAX_WORDS);
	}

}
