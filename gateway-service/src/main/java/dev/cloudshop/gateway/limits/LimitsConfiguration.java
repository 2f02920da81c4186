package dev.cloudshop.gateway.limits;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsProperties.class)
class LimitsConfiguration {

    @Bean
    RateLimitFilter rateLimitFilter(LimitsProperties limits) {
        return new RateLimitFilter(new TokenBucketRateLimiter(limits.authenticated().limit()),
            new TokenBucketRateLimiter(limits.anonymous().limit()));
    }

    @Bean
    RequestSizeLimitFilter requestSizeLimitFilter(LimitsProperties limits) {
        return new RequestSizeLimitFilter(limits.maxRequestSize());
    }

}
