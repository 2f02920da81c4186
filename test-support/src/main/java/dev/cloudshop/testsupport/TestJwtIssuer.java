package dev.cloudshop.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Stands in for auth-service in tests. Import into a {@code @SpringBootTest}: it registers the
 * JVM's one test issuer as {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} and
 * {@code jwk-set-uri}, so the service checks tokens exactly as in production (signature
 * against a JWKS fetched over HTTP, issuer, audience from config-repo, expiry), and
 * {@link TestTokens} mints the tokens. The RSA key is generated once per JVM; its public half
 * is served by a JDK {@link HttpServer} on a random loopback port, started on first use.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestJwtIssuer {

	@Bean
	static DynamicPropertyRegistrar testJwtIssuerProperties() {
		return (registry) -> {
			registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestJwtIssuer::issuerUri);
			registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestJwtIssuer::jwkSetUri);
		};
	}

	/** The {@code iss} of every valid test token. */
	public static String issuerUri() {
		return Issuer.INSTANCE.uri;
	}

	/** Where the public key is served as a JWK set. */
	public static String jwkSetUri() {
		return Issuer.INSTANCE.uri + "/oauth2/jwks";
	}

	static RSAKey signingKey() {
		return Issuer.INSTANCE.key;
	}

	static RSAKey newKey(String keyId) {
		try {
			return new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not generate an RSA key", ex);
		}
	}

	private static final class Issuer {

		static final Issuer INSTANCE = new Issuer();

		final RSAKey key = newKey("cloudshop-test-key");

		final String uri;

		private Issuer() {
			byte[] jwks = new JWKSet(this.key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
			try {
				HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
				server.createContext("/oauth2/jwks", (exchange) -> {
					exchange.getResponseHeaders().set("Content-Type", "application/jwk-set+json");
					exchange.sendResponseHeaders(200, jwks.length);
					try (OutputStream body = exchange.getResponseBody()) {
						body.write(jwks);
					}
				});
				server.start();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
				this.uri = "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the test JWKS server", ex);
			}
		}

	}

}
