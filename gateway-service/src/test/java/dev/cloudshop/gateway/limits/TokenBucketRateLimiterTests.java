package dev.cloudshop.gateway.limits;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TokenBucketRateLimiterTests {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    /** 3 at once, then one every half second. */
    private final TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(
        new TokenBucketRateLimiter.Limit(3, 2), nanos::get);

    @Test
    void allowsABurstUpToTheCapacityThenRefuses() {
        assertThat(limiter.take("alice").isAllowed()).isTrue();
        assertThat(limiter.take("alice").isAllowed()).isTrue();
        Response third = limiter.take("alice");
        Response fourth = limiter.take("alice");

        assertThat(third.isAllowed()).isTrue();
        assertThat(third.getHeaders()).containsEntry("RateLimit-Limit", "3").containsEntry("RateLimit-Remaining", "0")
            .doesNotContainKey("Retry-After");
        assertThat(fourth.isAllowed()).isFalse();
        assertThat(fourth.getHeaders()).containsEntry("RateLimit-Remaining", "0").containsEntry("Retry-After", "1")
            .containsEntry("RateLimit-Reset", "2");
    }

    @Test
    void keepsOneBudgetPerKey() {
        for (int i = 0; i < 3; i++) {
            limiter.take("alice");
        }

        assertThat(limiter.take("alice").isAllowed()).isFalse();
        assertThat(limiter.take("bob").isAllowed()).isTrue();
    }

    @Test
    void refillsAtTheConfiguredRate() {
        for (int i = 0; i < 3; i++) {
            limiter.take("alice");
        }
        advanceSeconds(0.4);
        assertThat(limiter.take("alice").isAllowed()).isFalse();

        advanceSeconds(0.1);
        assertThat(limiter.take("alice").isAllowed()).isTrue();
        assertThat(limiter.take("alice").isAllowed()).isFalse();
    }

    @Test
    void neverHoldsMoreThanTheCapacity() {
        limiter.take("alice");
        advanceSeconds(3600);

        Response afterAnHour = limiter.take("alice");

        assertThat(afterAnHour.getHeaders()).containsEntry("RateLimit-Remaining", "2");
    }

    @Test
    void forgetsCallersWhoseBucketsAreFullAgain() {
        for (int caller = 0; caller < 4095; caller++) {
            limiter.take("caller-" + caller);
        }
        assertThat(limiter.trackedKeys()).isEqualTo(4095);
        advanceSeconds(1);

        limiter.take("one-more");

        assertThat(limiter.trackedKeys()).isEqualTo(1);
    }

    @Test
    void refusesALimitThatAllowsNothing() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TokenBucketRateLimiter.Limit(0, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new TokenBucketRateLimiter.Limit(1, 0));
    }

    private void advanceSeconds(double seconds) {
        nanos.addAndGet((long) (seconds * 1_000_000_000L));
    }

}
