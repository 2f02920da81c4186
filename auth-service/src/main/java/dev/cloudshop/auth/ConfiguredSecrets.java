package dev.cloudshop.auth;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password or client secret as configuration supplies it: either already encoded, with the
 * {@code {id}} prefix of its algorithm ({@code {bcrypt}$2a$10$...}), or plain text from the
 * environment. Plain text is encoded on the way in, so only encoded secrets are ever kept.
 * {@code {noop}}, a plain secret dressed as an encoded one, is refused.
 */
public final class ConfiguredSecrets {

	private static final Pattern ENCODED = Pattern.compile("^\\{([^{}]*)}.+", Pattern.DOTALL);

	private ConfiguredSecrets() {
	}

	/**
	 * @param secret the configured value
	 * @param what names the secret in error messages ("password of alice")
	 * @return the secret, encoded
	 */
	public static String encoded(String secret, String what, PasswordEncoder encoder) {
		if (secret == null || secret.isBlank()) {
			throw new IllegalArgumentException("The " + what + " is empty");
		}
		Matcher encoded = ENCODED.matcher(secret);
		if (!encoded.matches()) {
			return encoder.encode(secret);
		}
		if ("noop".equals(encoded.group(1))) {
			throw new IllegalArgumentException("The " + what + " is configured as {noop} plain text; "
					+ "give it without a prefix (it is hashed at start) or as a {bcrypt} hash");
		}
		return secret;
	}

}
