package dev.cloudshop.auth;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of every integration test sharing the one cached application context: the whole
 * service on a random port, configured from the real config-repo files (no config server, no
 * Eureka, no Zipkin).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { AuthServiceIntegrationTest.CONFIG_NAME, AuthServiceIntegrationTest.CONFIG_LOCATION,
				AuthServiceIntegrationTest.NO_CONFIG_SERVER, AuthServiceIntegrationTest.NO_EUREKA,
				AuthServiceIntegrationTest.NO_ZIPKIN })
public abstract class AuthServiceIntegrationTest {

	/** Reads config-repo/application.yml and config-repo/auth-service.yml as the config server would serve them. */
	static final String CONFIG_NAME = "spring.config.name=application,auth-service";

	/** Surefire runs in the module's directory. */
	static final String CONFIG_LOCATION = "spring.config.additional-location=file:../config-repo/";

	static final String NO_CONFIG_SERVER = "spring.cloud.config.enabled=false";

	static final String NO_EUREKA = "eureka.client.enabled=false";

	/** Traces are still made, just not sent to a Zipkin that is not there. */
	static final String NO_ZIPKIN = "management.tracing.export.zipkin.enabled=false";

	/** The issuer config-repo/auth-service.yml sets when AUTH_ISSUER_URI is not. */
	protected static final String ISSUER = "http://localhost:9000";

	/** The local-only password of every demo user (documented in the README). */
	protected static final String DEMO_PASSWORD = "cloudshop-local";

	protected static final String ALICE_ID = "0b363213-d600-4a5e-84d6-8c1f86cab99c";

	protected static final String BOB_ID = "b51f1d8e-d2cc-4a5b-a319-02cfaabccb86";

	protected static final String ADMIN_ID = "e2caccfa-99dd-4173-bb3a-5c17aa4e2173";

	/** Follows no redirects and keeps no cookies. */
	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	protected int port;

	/** Checks tokens as Cloudshop's resource servers do. */
	protected ResourceServer resourceServer;

	@BeforeEach
	void connectToTheServer() {
		this.resourceServer = new ResourceServer(baseUrl() + "/oauth2/jwks", ISSUER, "cloudshop-api");
	}

	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	protected static HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
