package org.ecozoning.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key (client address): {@code capacity} requests at once, refilled at
 * {@code capacity} per {@code period}. Used for anonymous compliance requests, which are the
 * costly ones; accounts are not limited.
 */
public final class RateLimiter {
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final int capacity;
    private final double perNano;
    private final Map<String, double[]> buckets = new ConcurrentHashMap<>(); // {tokens, lastNanosSinceEpoch}

    public RateLimiter(Clock clock, int capacity, Duration period) {
        if (capacity < 1 || period.isZero() || period.isNegative()) throw new IllegalArgumentException("capacity and period must be positive");
        this.clock = clock;
        this.capacity = capacity;
        this.perNano = capacity / (double) period.toNanos();
    }

    /**
     * Takes a token.
     *
     * @return {@link Duration#ZERO} when the request may go on, else how long until a token is back
     */
    public Duration acquire(String key) {
        double now = nanos();
        if (buckets.size() > MAX_KEYS) buckets.values().removeIf(b -> b[0] + (now - b[1]) * perNano >= capacity);
        double[] b = buckets.computeIfAbsent(key == null ? "" : key, k -> new double[] {capacity, now});
        synchronized (b) {
            b[0] = Math.min(capacity, b[0] + (now - b[1]) * perNano);
            b[1] = now;
            if (b[0] >= 1) {
                b[0] -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil((1 - b[0]) / perNano));
        }
    }

    private double nanos() {
        var i = clock.instant();
        return i.getEpochSecond() * 1e9 + i.getNano();
    }
}
