package dev.cloudshop.support.web;

import java.util.HashSet;
import java.util.Set;

import org.springframework.http.ETag;

/**
 * An {@code If-Match} header read into the versions a change accepts: any version
 * ({@code *}), or one of those listed; an empty list accepts none. The ETag of an aggregate is
 * its version in quotes ({@code "3"}). Weak or foreign tags can never match (If-Match compares
 * strongly).
 */
public record IfMatch(boolean any, Set<Long> versions) {

	public IfMatch {
		versions = Set.copyOf(versions);
	}

	/** The ETag of this version: {@code "3"}. */
	public static String etagOf(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * @param resource what the change is to, in the client's words ({@code product}), for the
	 * detail of the 428
	 * @throws PreconditionRequiredException when the header is absent
	 */
	public static IfMatch parse(String header, String resource) {
		if (header == null || header.isBlank()) {
			throw new PreconditionRequiredException(resource);
		}
		Set<Long> versions = new HashSet<>();
		for (ETag etag : ETag.parse(header)) {
			if (etag.isWildcard()) {
				return new IfMatch(true, Set.of());
			}
			if (!etag.weak()) {
				parseVersion(etag.tag(), versions);
			}
		}
		return new IfMatch(false, versions);
	}

	public boolean matches(long version) {
		return this.any || this.versions.contains(version);
	}

	private static void parseVersion(String tag, Set<Long> versions) {
		try {
			versions.add(Long.parseLong(tag));
		}
		catch (NumberFormatException ex) {
			// not one of our tags: it matches no version
		}
	}

	/** A change that must be conditional came without {@code If-Match}: a 428. */
	public static class PreconditionRequiredException extends RuntimeException {

		PreconditionRequiredException(String resource) {
			super("This change needs an If-Match header with the " + resource + "'s current ETag");
		}

	}

}
