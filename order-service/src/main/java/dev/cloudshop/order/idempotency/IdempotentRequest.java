package dev.cloudshop.order.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * A request sent with an {@value #HEADER} header: whose it is, the key, and the fingerprint of
 * what was asked (SHA-256 of the request in a canonical form), so a retry can be told from a
 * different request that reuses the key.
 */
public record IdempotentRequest(UUID customerId, String key, String fingerprint) {

	public static final String HEADER = "Idempotency-Key";

	public static final int MAX_KEY_LENGTH = 255;

	public IdempotentRequest {
		Objects.requireNonNull(customerId, "customerId");
		Objects.requireNonNull(fingerprint, "fingerprint");
		if (!isValidKey(key)) {
			throw new IllegalArgumentException("An idempotency key is 1 to " + MAX_KEY_LENGTH
					+ " printable ASCII characters");
		}
	}

	/** @param canonicalRequest the request in a form that is equal for equal requests (e.g. JSON of its fields) */
	public static IdempotentRequest of(UUID customerId, String key, String canonicalRequest) {
		return new IdempotentRequest(customerId, key, sha256(canonicalRequest));
	}

	/** 1 to 255 printable ASCII characters (spaces allowed inside). */
	public static boolean isValidKey(String key) {
		return key != null && !key.isBlank() && key.length() <= MAX_KEY_LENGTH
				&& key.chars().allMatch((c) -> c >= 0x20 && c < 0x7f);
	}

	private static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

}
