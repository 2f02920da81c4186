package dev.cloudshop.gateway.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which browser origins may call the API (CORS).
 *
 * @param allowedOrigins the storefront's origins, e.g. {@code http://localhost:3000}
 *                       ({@code CLOUDSHOP_STOREFRONT_ORIGIN}, comma-separated for several)
 * @param maxAge         how long a browser may cache a preflight answer
 */
@ConfigurationProperties("cloudshop.gateway.cors")
record GatewaySecurityProperties(@DefaultValue("http://localhost:3000") List<String> allowedOrigins,
        @DefaultValue("1h") Duration maxAge) {
}
