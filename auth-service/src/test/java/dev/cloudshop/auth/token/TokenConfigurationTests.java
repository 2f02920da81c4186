package dev.cloudshop.auth.token;

import java.security.KeyPairGenerator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class TokenConfigurationTests {

	private final TokenConfiguration configuration = new TokenConfiguration();

	@Test
	void warnsThatAGeneratedKeyLastsOneProcess(CapturedOutput output) {
		SigningKeys keys = this.configuration.signingKeys(new TokenProperties("cloudshop-api", "", List.of()));

		assertThat(output).contains("WARN")
			.contains("No signing key configured (AUTH_SIGNING_KEY): generated RSA key " + keys.active().getKeyID());
	}

	@Test
	void namesTheConfiguredKey(CapturedOutput output) throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		String pem = SigningKeysTests.privatePem(generator.generateKeyPair());

		SigningKeys keys = this.configuration.signingKeys(new TokenProperties("cloudshop-api", pem, List.of()));

		assertThat(output).contains("Signing tokens with the configured RSA key " + keys.active().getKeyID())
			.doesNotContain("generated");
	}

	@Test
	void neverPrintsTheKeyInItsProperties() {
		assertThat(new TokenProperties("cloudshop-api", "-----BEGIN PRIVATE KEY-----\nMIIE...", List.of()).toString())
			.doesNotContain("MIIE")
			.contains("signingKey=(set)");
	}

}
