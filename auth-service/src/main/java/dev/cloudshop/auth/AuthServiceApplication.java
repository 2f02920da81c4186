package dev.cloudshop.auth;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Cloudshop's authorization server (OAuth 2.1 and OpenID Connect). It signs people and
 * services in and issues the signed JWT access tokens that every other service verifies on
 * its own against the published key set.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AuthServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(AuthServiceApplication.class, args);
	}

}
