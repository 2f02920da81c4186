package dev.cloudshop.support.web;

import dev.cloudshop.support.web.IfMatch.PreconditionRequiredException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IfMatchTests {

	@Test
	void quotesTheVersionAsETag() {
		assertThat(IfMatch.etagOf(7)).isEqualTo("\"7\"");
	}

	@Test
	void acceptsTheQuotedVersion() {
		IfMatch expected = IfMatch.parse("\"7\"", "product");

		assertThat(expected.matches(7)).isTrue();
		assertThat(expected.matches(8)).isFalse();
	}

	@Test
	void acceptsAnyOfSeveralTags() {
		IfMatch expected = IfMatch.parse("\"3\", \"5\"", "product");

		assertThat(expected.matches(3)).isTrue();
		assertThat(expected.matches(5)).isTrue();
		assertThat(expected.matches(4)).isFalse();
	}

	@Test
	void acceptsAnyVersionForTheWildcard() {
		assertThat(IfMatch.parse("*", "product").matches(42)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "W/\"7\"", "\"seven\"", "garbage" })
	void matchesNoVersionForWeakOrForeignTags(String header) {
		assertThat(IfMatch.parse(header, "product").matches(7)).isFalse();
	}

	@ParameterizedTest
	@NullAndEmptySource
	void requiresTheHeaderNamingWhatTheChangeIsTo(String header) {
		assertThatExceptionOfType(PreconditionRequiredException.class).isThrownBy(() -> IfMatch.parse(header, "review"))
			.withMessage("This change needs an If-Match header with the review's current ETag");
	}

}
