package dev.cloudshop.auth;

import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;

/** config-repo/auth-service.yml is committed and shared: no secret may sit in it in the clear. */
class ConfigRepoTests {

	/** An environment variable whose default is a bcrypt hash: "${AUTH_X:{bcrypt}$2a$10$...}". */
	private static final Pattern HASHED_DEFAULT = Pattern
		.compile("\\$\\{[A-Z][A-Z0-9_]*:\\{bcrypt}\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}}");

	private final Properties config = load();

	@Test
	void givesEveryPasswordAndClientSecretAsAnOverridableHash() {
		assertThat(this.config.stringPropertyNames())
			.filteredOn(name -> name.endsWith(".password") || name.endsWith(".client-secret"))
			.hasSizeGreaterThanOrEqualTo(4)
			.allSatisfy(name -> assertThat(this.config.getProperty(name)).as(name).matches(HASHED_DEFAULT));
	}

	@Test
	void commitsNoSigningKey() {
		assertThat(this.config.getProperty("cloudshop.auth.token.signing-key")).isEqualTo("${AUTH_SIGNING_KEY:}");
	}

	private static Properties load() {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new FileSystemResource("../config-repo/auth-service.yml"));
		return yaml.getObject();
	}

}
