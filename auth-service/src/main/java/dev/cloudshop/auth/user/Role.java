package dev.cloudshop.auth.user;

/** What a user may do across Cloudshop; carried in the {@code roles} claim of their access tokens. */
public enum Role {

	/** Shops: orders, pays and reviews as themselves. */
	CUSTOMER,

	/** Runs the shop: manages the catalog and stock, sees every order. */
	ADMIN

}
