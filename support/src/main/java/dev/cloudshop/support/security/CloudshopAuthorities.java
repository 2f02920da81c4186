package dev.cloudshop.support.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * What a Cloudshop access token allows: each entry of its {@code roles} claim ({@code CUSTOMER},
 * {@code ADMIN}) becomes {@code ROLE_<role>}, so {@code hasRole("ADMIN")} works, and each scope
 * becomes {@code SCOPE_<scope>} as usual (service tokens carry scopes and no roles).
 */
public final class CloudshopAuthorities implements Converter<Jwt, Collection<GrantedAuthority>> {

	/** The claim auth-service puts a person's roles in. */
	public static final String ROLES_CLAIM = "roles";

	private final JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();

	@Override
	public Collection<GrantedAuthority> convert(Jwt jwt) {
		List<GrantedAuthority> authorities = new ArrayList<>(this.scopes.convert(jwt));
		List<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
		if (roles != null) {
			roles.forEach((role) -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
		}
		return authorities;
	}

}
