package dev.cloudshop.gateway.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one caller may send, per gateway instance (see {@link TokenBucketRateLimiter}).
 *
 * @param maxRequestSize the largest request body relayed; larger is a 413
 * @param authenticated  the budget per token subject ({@code sub}): a customer's id or a service's client id
 * @param anonymous      the budget per client IP address, for requests without a token (the public catalog)
 */
@ConfigurationProperties("cloudshop.gateway.limits")
record LimitsProperties(@DefaultValue("1MB") DataSize maxRequestSize, @DefaultValue Budget authenticated,
        @DefaultValue Budget anonymous) {

    /**
     * @param capacity        requests allowed in a burst
     * @param refillPerSecond requests allowed per second, sustained
     */
    record Budget(@DefaultValue("1000") int capacity, @DefaultValue("500") double refillPerSecond) {

        TokenBucketRateLimiter.Limit limit() {
            return new TokenBucketRateLimiter.Limit(capacity, refillPerSecond);
        }

    }

}
