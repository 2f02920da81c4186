package dev.cloudshop.auth;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ConfiguredSecretsTests {

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	@Test
	void hashesPlainTextWithBcrypt() {
		String stored = ConfiguredSecrets.encoded("s3cret", "password of alice", this.encoder);

		assertThat(stored).startsWith("{bcrypt}");
		assertThat(this.encoder.matches("s3cret", stored)).isTrue();
	}

	@Test
	void keepsAnEncodedSecret() {
		String hash = this.encoder.encode("s3cret");

		assertThat(ConfiguredSecrets.encoded(hash, "password of alice", this.encoder)).isEqualTo(hash);
	}

	@Test
	void refusesNoopPlainText() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConfiguredSecrets.encoded("{noop}s3cret", "password of alice", this.encoder))
			.withMessageContaining("password of alice")
			.withMessageNotContaining("s3cret");
	}

	@Test
	void refusesAnEmptySecret() {
		assertThatIllegalArgumentException().isThrownBy(() -> ConfiguredSecrets.encoded(" ", "client secret of x", this.encoder))
			.withMessageContaining("client secret of x is empty");
	}

}
