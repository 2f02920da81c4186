package dev.cloudshop.product.catalog.web;

import java.util.ArrayList;
import java.util.List;

import dev.cloudshop.product.catalog.application.ExpectedVersion;

import org.springframework.http.ETag;

/**
 * Reads an {@code If-Match} header into the versions a change accepts. The ETag of a product
 * is its version in quotes ({@code "3"}); {@code *} accepts any version. Weak or foreign tags
 * can never match (If-Match compares strongly).
 */
final class IfMatch {

	private IfMatch() {
	}

	static String etagOf(long version) {
		return "\"" + version + "\"";
	}

	/** @throws PreconditionRequiredException when the header is absent */
	static ExpectedVersion parse(String header) {
		if (header == null || header.isBlank()) {
			throw new PreconditionRequiredException();
		}
		List<Long> versions = new ArrayList<>();
		for (ETag etag : ETag.parse(header)) {
			if (etag.isWildcard()) {
				return ExpectedVersion.anyVersion();
			}
			if (!etag.weak()) {
				parseVersion(etag.tag(), versions);
			}
		}
		return ExpectedVersion.oneOf(versions);
	}

	private static void parseVersion(String tag, List<Long> versions) {
		try {
			versions.add(Long.parseLong(tag));
		}
		catch (NumberFormatException ex) {
			// not one of our tags: it matches no version
		}
	}

	/** A change that must be conditional came without {@code If-Match}. */
	static class PreconditionRequiredException extends RuntimeException {

		PreconditionRequiredException() {
			super("This change needs an If-Match header with the product's current ETag");
		}

	}

}
