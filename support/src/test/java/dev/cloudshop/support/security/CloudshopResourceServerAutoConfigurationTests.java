package dev.cloudshop.support.security;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

import static org.assertj.core.api.Assertions.assertThat;

class CloudshopResourceServerAutoConfigurationTests {

	private final WebApplicationContextRunner servlet = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CloudshopResourceServerAutoConfiguration.class));

	@Test
	void givesAServletServiceTheRolesAwareConverterAndTheResourceServerSetup() {
		this.servlet.run((context) -> {
			assertThat(context).hasSingleBean(CloudshopResourceServer.class);
			Jwt admin = Jwt.withTokenValue("token").header("alg", "RS256").subject("e2caccfa-99dd-4173-bb3a-5c17aa4e2173")
				.claim("roles", List.of("ADMIN")).issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60))
				.build();

			var authentication = context.getBean(JwtAuthenticationConverter.class).convert(admin);

			assertThat(authentication.getName()).isEqualTo("e2caccfa-99dd-4173-bb3a-5c17aa4e2173");
			assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("ROLE_ADMIN");
		});
	}

	@Test
	void keepsAServicesOwnConverter() {
		this.servlet.withUserConfiguration(OwnConverter.class).run((context) -> assertThat(context)
			.getBean(JwtAuthenticationConverter.class).isSameAs(context.getBean(OwnConverter.class).converter));
	}

	@Test
	void staysOutOfNonWebApplications() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CloudshopResourceServerAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(CloudshopResourceServer.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnConverter {

		final JwtAuthenticationConverter converter = new JwtAuthenticationConverter();

		@Bean
		JwtAuthenticationConverter ownConverter() {
			return this.converter;
		}

	}

}
