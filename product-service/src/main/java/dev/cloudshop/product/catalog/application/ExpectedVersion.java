package dev.cloudshop.product.catalog.application;

import java.util.Set;

/**
 * The product versions a conditional change accepts: any version, or one of those listed
 * (the web's {@code If-Match}, in the catalog's words). An empty list accepts none.
 */
public record ExpectedVersion(boolean any, Set<Long> versions) {

	public ExpectedVersion {
		versions = Set.copyOf(versions);
	}

	public boolean matches(long version) {
		return this.any || this.versions.contains(version);
	}

}
