package dev.cloudshop.gateway.problem;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway answers when it cannot relay a request.
 *
 * @param retryAfter sent as {@code Retry-After} with every 503; it should match the circuit
 *                   breakers' wait in the open state, after which calls are tried again
 */
@ConfigurationProperties("cloudshop.gateway")
record GatewayProblemProperties(@DefaultValue("10s") Duration retryAfter) {
}
