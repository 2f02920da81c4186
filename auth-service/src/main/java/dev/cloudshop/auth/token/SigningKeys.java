package dev.cloudshop.auth.token;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.converter.RsaKeyConverters;

/**
 * The RSA keys behind the token signature. The active key signs every token; retired keys
 * are the public halves of earlier active keys, still published so that tokens signed before
 * a rotation stay verifiable until they expire. A key's id ({@code kid}) is its RFC 7638
 * thumbprint, so a configured key keeps its id across restarts and instances.
 */
final class SigningKeys {

	private static final int GENERATED_KEY_BITS = 2048;

	private final RSAKey active;

	private final List<RSAKey> retired;

	private final boolean generated;

	private SigningKeys(RSAKey active, List<RSAKey> retired, boolean generated) {
		this.active = active;
		this.retired = List.copyOf(retired);
		this.generated = generated;
	}

	/**
	 * @param signingKeyPem the active private key as PEM (PKCS#8); blank to generate one
	 * @param retiredPublicKeyPems public keys as PEM (X.509), possibly none
	 */
	static SigningKeys of(String signingKeyPem, List<String> retiredPublicKeyPems) {
		boolean generate = signingKeyPem == null || signingKeyPem.isBlank();
		RSAKey active = generate ? generatedKey() : configuredKey(signingKeyPem);
		List<RSAKey> retired = new ArrayList<>();
		for (String pem : retiredPublicKeyPems) {
			RSAKey key = rsaKey(parse(pem, RsaKeyConverters.x509(), "retired public key (X.509 PEM)"), null);
			if (key.getKeyID().equals(active.getKeyID())) {
				throw new IllegalArgumentException("A retired public key is the active signing key " + key.getKeyID());
			}
			retired.add(key);
		}
		return new SigningKeys(active, retired, generate);
	}

	/** The key that signs, private part included. */
	RSAKey active() {
		return this.active;
	}

	/** True when no key was configured and the active key was made at start. */
	boolean generated() {
		return this.generated;
	}

	/** What the JWKS endpoint publishes: the public halves, active key first. */
	JWKSet published() {
		List<JWK> keys = new ArrayList<>();
		keys.add(this.active.toPublicJWK());
		keys.addAll(this.retired);
		return new JWKSet(keys);
	}

	private static RSAKey configuredKey(String pem) {
		RSAPrivateKey privateKey = parse(pem, RsaKeyConverters.pkcs8(), "signing key (PKCS#8 PEM, \"BEGIN PRIVATE KEY\")");
		if (!(privateKey instanceof RSAPrivateCrtKey crtKey)) {
			throw new IllegalArgumentException("The signing key lacks its CRT parameters; export it as PKCS#8 with openssl");
		}
		try {
			RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
				.generatePublic(new RSAPublicKeySpec(crtKey.getModulus(), crtKey.getPublicExponent()));
			return rsaKey(publicKey, privateKey);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot derive the public key of the signing key", ex);
		}
	}

	private static RSAKey generatedKey() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(GENERATED_KEY_BITS);
			var keyPair = generator.generateKeyPair();
			return rsaKey((RSAPublicKey) keyPair.getPublic(), (RSAPrivateKey) keyPair.getPrivate());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot generate an RSA key", ex);
		}
	}

	private static RSAKey rsaKey(RSAPublicKey publicKey, RSAPrivateKey privateKey) {
		try {
			return new RSAKey.Builder(publicKey).privateKey(privateKey)
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyIDFromThumbprint()
				.build();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot compute the key id", ex);
		}
	}

	private static <T> T parse(String pem, Converter<InputStream, T> converter, String what) {
		try {
			T key = converter.convert(new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)));
			if (key == null) {
				throw new IllegalArgumentException("Empty " + what);
			}
			return key;
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Cannot read the " + what + ": " + ex.getMessage(), ex);
		}
	}

}
