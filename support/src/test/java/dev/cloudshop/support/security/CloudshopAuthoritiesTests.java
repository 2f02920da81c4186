package dev.cloudshop.support.security;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class CloudshopAuthoritiesTests {

	private final CloudshopAuthorities authorities = new CloudshopAuthorities();

	@Test
	void mapsEachRoleToARoleAuthority() {
		Jwt admin = token().claim("roles", List.of("ADMIN", "CUSTOMER")).claim("scope", "openid profile").build();

		assertThat(this.authorities.convert(admin)).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_CUSTOMER", "SCOPE_openid", "SCOPE_profile");
	}

	@Test
	void grantsAServiceTokenItsScopesAndNoRole() {
		Jwt service = token().claim("scope", List.of("catalog.read")).build();

		assertThat(this.authorities.convert(service)).extracting(GrantedAuthority::getAuthority)
			.containsExactly("SCOPE_catalog.read");
	}

	private static Jwt.Builder token() {
		return Jwt.withTokenValue("token").header("alg", "RS256").subject("someone")
			.issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
	}

}
