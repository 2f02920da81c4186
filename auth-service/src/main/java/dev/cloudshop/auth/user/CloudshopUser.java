package dev.cloudshop.auth.user;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Someone who signs in. The id is stable and is the {@code sub} of their tokens (for a
 * customer, the customer id every service keys its data by); the username is only what they
 * type, and may change.
 */
public record CloudshopUser(UUID id, String username, String passwordHash, Set<Role> roles) {

	public CloudshopUser {
		roles = Set.copyOf(roles);
	}

	/** The roles as the {@code roles} claim lists them, in declaration order. */
	public List<String> roleNames() {
		return this.roles.stream().sorted().map(Role::name).toList();
	}

	@Override
	public String toString() {
		return "CloudshopUser[id=" + this.id + ", username=" + this.username + ", roles=" + this.roles + "]";
	}

}
