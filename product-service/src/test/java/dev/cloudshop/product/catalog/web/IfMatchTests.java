package dev.cloudshop.product.catalog.web;

import dev.cloudshop.product.catalog.application.ExpectedVersion;
import dev.cloudshop.product.catalog.web.IfMatch.PreconditionRequiredException;
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
		ExpectedVersion expected = IfMatch.parse("\"7\"");

		assertThat(expected.matches(7)).isTrue();
		assertThat(expected.matches(8)).isFalse();
	}

	@Test
	void acceptsAnyOfSeveralTags() {
		ExpectedVersion expected = IfMatch.parse("\"3\", \"5\"");

		assertThat(expected.matches(3)).isTrue();
		assertThat(expected.matches(5)).isTrue();
		assertThat(expected.matches(4)).isFalse();
	}

	@Test
	void acceptsAnyVersionForTheWildcard() {
		assertThat(IfMatch.parse("*").matches(42)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "W/\"7\"", "\"seven\"", "garbage" })
	void matchesNoVersionForWeakOrForeignTags(String header) {
		assertThat(IfMatch.parse(header).matches(7)).isFalse();
	}

	@ParameterizedTest
	@NullAndEmptySource
	void requiresTheHeader(String header) {
		assertThatExceptionOfType(PreconditionRequiredException.class).isThrownBy(() -> IfMatch.parse(header));
	}

}
