package org.ecozoning.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: counts failed logins per user name and per client address; after a few
 * free failures each further attempt must wait twice as long as the one before (exponential
 * back-off, capped), and an attempt made before the wait is over is refused without checking the
 * password. Counters are forgotten after a quiet period and cleared for the user on success.
 * Never sleeps: the server answers 429 with {@code Retry-After}.
 */
public final class LoginThrottle {

    /** The back-off rule of one kind of key. */
    public record Policy(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {
        /** The wait after {@code failures} failures in a row. */
        public Duration delayAfter(int failures) {
            if (failures <= freeFailures) return Duration.ZERO;
            int steps = Math.min(failures - freeFailures - 1, 30);
            Duration d = firstDelay.multipliedBy(1L << steps);
            return d.compareTo(maxDelay) > 0 ? maxDelay : d;
        }
    }

    /** Per user: 3 free failures, then 1 s, 2 s, 4 s … up to 15 minutes. */
    public static final Policy PER_USER = new Policy(3, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1));
    /** Per address: 10 free failures (several users behind one NAT), then 1 s … up to 15 minutes. */
    public static final Policy PER_ADDRESS = new Policy(10, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1));

    private record Count(int failures, Instant last) { }

    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Policy userPolicy;
    private final Policy addressPolicy;
    private final Map<String, Count> users = new ConcurrentHashMap<>();
    private final Map<String, Count> addresses = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock, Policy userPolicy, Policy addressPolicy) {
        this.clock = clock;
        this.userPolicy = userPolicy;
        this.addressPolicy = addressPolicy;
    }

    public LoginThrottle(Clock clock) {
        this(clock, PER_USER, PER_ADDRESS);
    }

    /**
     * @return how long the caller must still wait before another attempt for this user from this
     *         address; {@link Duration#ZERO} when an attempt is allowed now
     */
    public Duration waitBefore(String user, String address) {
        Instant now = clock.instant();
        Duration u = remaining(users, key(user), userPolicy, now);
        Duration a = remaining(addresses, key(address), addressPolicy, now);
        return u.compareTo(a) >= 0 ? u : a;
    }

    /** Records a failed attempt. */
    public void failed(String user, String address) {
        Instant now = clock.instant();
        bump(users, key(user), userPolicy, now);
        bump(addresses, key(address), addressPolicy, now);
    }

    /** Records a success: the user's counter starts again (the address keeps its count). */
    public void succeeded(String user) {
        users.remove(key(user));
    }

    /** @return failures counted for the user (tests, /health) */
    public int failuresOf(String user) {
        Count c = users.get(key(user));
        return c == null ? 0 : c.failures();
    }

    private static String key(String s) {
        return s == null ? "" : s;
    }

    private static Duration remaining(Map<String, Count> map, String key, Policy p, Instant now) {
        Count c = map.get(key);
        if (c == null) return Duration.ZERO;
        if (Duration.between(c.last(), now).compareTo(p.forgetAfter()) > 0) {
            map.remove(key, c);
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, c.last().plus(p.delayAfter(c.failures())));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static void bump(Map<String, Count> map, String key, Policy p, Instant now) {
        if (map.size() > MAX_KEYS) map.values().removeIf(c -> Duration.between(c.last(), now).compareTo(p.forgetAfter()) > 0);
        map.merge(key, new Count(1, now), (old, one) ->
                Duration.between(old.last(), now).compareTo(p.forgetAfter()) > 0 ? one : new Count(old.failures() + 1, now));
    }
}
