package dev.cloudshop.auth.token;

import java.util.List;

import dev.cloudshop.auth.user.CloudshopUser;
import dev.cloudshop.auth.user.UserDirectory;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * What Cloudshop's tokens say beyond the standard claims.
 * <ul>
 * <li>Every access token names the API as its audience ({@code aud}) and the client it was
 * issued to ({@code client_id}, as RFC 9068 has it).</li>
 * <li>A token issued for a signed-in user names them by their stable id ({@code sub}), not by
 * the username they typed, which travels as {@code preferred_username}; their access token
 * carries their roles ({@code roles}).</li>
 * <li>A token a client obtains for itself (client credentials) keeps the client id as
 * {@code sub} and carries no roles: its scopes say what it may do.</li>
 * </ul>
 */
@Component
class CloudshopTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

	static final String ROLES = "roles";

	static final String CLIENT_ID = "client_id";

	private final String audience;

	private final UserDirectory users;

	CloudshopTokenClaims(TokenProperties properties, UserDirectory users) {
		this.audience = properties.audience();
		this.users = users;
	}

	@Override
	public void customize(JwtEncodingContext context) {
		JwtClaimsSet.Builder claims = context.getClaims();
		boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
		if (accessToken) {
			claims.audience(List.of(this.audience));
			claims.claim(CLIENT_ID, context.getRegisteredClient().getClientId());
		}
		if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
			return;
		}
		CloudshopUser user = this.users.findByUsername(context.getPrincipal().getName())
			.orElseThrow(() -> new OAuth2AuthenticationException(
					new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, "The signed-in user no longer exists", null)));
		claims.subject(user.id().toString());
		claims.claim(StandardClaimNames.PREFERRED_USERNAME, user.username());
		if (accessToken) {
			claims.claim(ROLES, user.roleNames());
		}
	}

}
