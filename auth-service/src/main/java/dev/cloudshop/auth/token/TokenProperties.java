package dev.cloudshop.auth.token;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How tokens are made ({@code cloudshop.auth.token}).
 *
 * @param audience the {@code aud} of every access token, which every resource server requires
 * @param signingKey the active signing key, an RSA private key as PEM (PKCS#8); blank to
 * generate one at start, which suits a single local process only
 * @param retiredPublicKeys public keys (PEM, X.509) of earlier signing keys, still published so
 * that the tokens they signed stay verifiable until they expire
 */
@ConfigurationProperties("cloudshop.auth.token")
@Validated
record TokenProperties(@NotBlank String audience, String signingKey, List<String> retiredPublicKeys) {

	TokenProperties {
		retiredPublicKeys = (retiredPublicKeys != null) ? List.copyOf(retiredPublicKeys) : List.of();
	}

	@Override
	public String toString() {
		String signingKeyState = (this.signingKey == null || this.signingKey.isBlank()) ? "(none)" : "(set)";
		return "TokenProperties[audience=" + this.audience + ", signingKey=" + signingKeyState
				+ ", retiredPublicKeys=" + this.retiredPublicKeys.size() + "]";
	}

}
