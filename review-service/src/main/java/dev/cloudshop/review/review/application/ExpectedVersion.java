package dev.cloudshop.review.review.application;

import java.util.Set;

/**
 * The review versions a conditional change accepts: any version, or one of those listed
 * (the web's {@code If-Match}, in the domain's words). An empty list accepts none.
 */
public record ExpectedVersion(boolean any, Set<Long> versions) {

	public ExpectedVersion {
		versions = Set.copyOf(versions);
	}

	public boolean matches(long version) {
		return this.any || this.versions.contains(version);
	}

}
