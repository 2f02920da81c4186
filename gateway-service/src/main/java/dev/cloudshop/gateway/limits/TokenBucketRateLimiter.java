package dev.cloudshop.gateway.limits;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;

import reactor.core.publisher.Mono;

/**
 * Spring Cloud Gateway's {@link RateLimiter} as a token bucket per key, held in this gateway's
 * memory. Each key (a caller) may send {@code capacity} requests at once and then
 * {@code refillPerSecond} per second; a refused request costs nothing. The buckets are per
 * gateway instance: with n instances behind a load balancer a caller gets up to n times the
 * limit. A shared limit needs a shared store (Spring Cloud Gateway's {@code RedisRateLimiter}
 * implements the same interface). A full bucket is the same as no bucket, so idle callers are
 * forgotten and the memory held stays bounded by the callers active in the last refill period.
 */
final class TokenBucketRateLimiter implements RateLimiter<TokenBucketRateLimiter.Limit> {

    static final String LIMIT_HEADER = "RateLimit-Limit";

    static final String REMAINING_HEADER = "RateLimit-Remaining";

    static final String RESET_HEADER = "RateLimit-Reset";

    /** Set only on a refusal: whole seconds until the next request would be allowed. */
    static final String RETRY_AFTER_HEADER = "Retry-After";

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** How many decisions pass between two sweeps for full (idle) buckets. */
    private static final long SWEEP_EVERY = 4096;

    /**
     * One caller's allowance.
     *
     * @param capacity        the burst: requests allowed at once, from a full bucket
     * @param refillPerSecond the sustained rate: tokens added per second, up to the capacity
     */
    record Limit(int capacity, double refillPerSecond) {

        Limit {
            if (capacity < 1 || !(refillPerSecond > 0)) {
                throw new IllegalArgumentException("A rate limit needs a capacity of at least 1 and a positive refill rate");
            }
        }

    }

    /** Tokens left, and when that was computed (System.nanoTime() scale). */
    private record Bucket(double tokens, long at) {

    }

    private final Limit limit;

    private final LongSupplier nanoTime;

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private final AtomicLong decisions = new AtomicLong();

    TokenBucketRateLimiter(Limit limit) {
        this(limit, System::nanoTime);
    }

    TokenBucketRateLimiter(Limit limit, LongSupplier nanoTime) {
        this.limit = limit;
        this.nanoTime = nanoTime;
    }

    Limit limit() {
        return limit;
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String key) {
        return Mono.fromSupplier(() -> take(key));
    }

    Response take(String key) {
        long now = nanoTime.getAsLong();
        boolean[] allowed = new boolean[1];
        Bucket bucket = buckets.compute(key, (k, previous) -> {
            double tokens = previous == null ? limit.capacity() : refilled(previous, now);
            allowed[0] = tokens >= 1;
            return new Bucket(allowed[0] ? tokens - 1 : tokens, now);
        });
        if (decisions.incrementAndGet() % SWEEP_EVERY == 0) {
            buckets.values().removeIf(idle -> refilled(idle, now) >= limit.capacity());
        }
        return new Response(allowed[0], headers(bucket.tokens(), allowed[0]));
    }

    int trackedKeys() {
        return buckets.size();
    }

    private double refilled(Bucket bucket, long now) {
        double elapsedSeconds = Math.max(0, now - bucket.at()) / (double) NANOS_PER_SECOND;
        return Math.min(limit.capacity(), bucket.tokens() + elapsedSeconds * limit.refillPerSecond());
    }

    private Map<String, String> headers(double tokens, boolean allowed) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(LIMIT_HEADER, Integer.toString(limit.capacity()));
        headers.put(REMAINING_HEADER, Long.toString((long) Math.floor(tokens)));
        headers.put(RESET_HEADER, Long.toString(secondsUntil(limit.capacity() - tokens)));
        if (!allowed) {
            headers.put(RETRY_AFTER_HEADER, Long.toString(Math.max(1, secondsUntil(1 - tokens))));
        }
        return headers;
    }

    private long secondsUntil(double missingTokens) {
        return (long) Math.ceil(Math.max(0, missingTokens) / limit.refillPerSecond());
    }

    /** One limit for every route: a caller has one budget across the whole API. */
    @Override
    public Map<String, Limit> getConfig() {
        return Map.of();
    }

    @Override
    public Class<Limit> getConfigClass() {
        return Limit.class;
    }

    @Override
    public Limit newConfig() {
        return limit;
    }

}
