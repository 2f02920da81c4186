package dev.cloudshop.support.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;

/**
 * For a servlet service with Spring Security's resource server on its classpath: the
 * {@code roles}-aware {@link JwtAuthenticationConverter} (the principal's name is {@code sub})
 * and the {@link CloudshopResourceServer} its security filter chain starts from.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ HttpSecurity.class, JwtAuthenticationConverter.class, BearerTokenAuthenticationEntryPoint.class })
public class CloudshopResourceServerAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	JwtAuthenticationConverter cloudshopJwtAuthenticationConverter() {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(new CloudshopAuthorities());
		return converter;
	}

	@Bean
	@ConditionalOnMissingBean
	CloudshopResourceServer cloudshopResourceServer(JwtAuthenticationConverter authenticationConverter) {
		return new CloudshopResourceServer(authenticationConverter);
	}

}
