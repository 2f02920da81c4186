package dev.cloudshop.review.review.web;

import dev.cloudshop.review.review.application.Caller;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who a request's token names, in the review's terms. */
final class Reviewers {

	static final String ADMIN = "ROLE_ADMIN";

	private Reviewers() {
	}

	static Caller caller(Authentication authentication) {
		boolean admin = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(ADMIN::equals);
		return new Caller(authentication.getName(), admin);
	}

}
