package org.ecozoning.server.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Portal sessions in memory: a random token (the cookie value) per login with an absolute expiry
 * and its own CSRF token. Restarting the server ends every session; that is acceptable for a
 * single-node deployment and keeps tokens out of the database.
 */
public final class SessionStore {

    /** One session. */
    public record Session(String token, Caller caller, String csrf, Instant expires) { }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    public SessionStore(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    /** @return the session lifetime (cookie Max-Age) */
    public Duration ttl() {
        return ttl;
    }

    /** Opens a session for an authenticated caller. */
    public Session open(Caller caller) {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> !s.expires().isAfter(now));
        Session s = new Session(token(), caller, token(), now.plus(ttl));
        sessions.put(s.token(), s);
        return s;
    }

    /** @return the live session of that token, if any */
    public Optional<Session> find(String token) {
        if (token == null) return Optional.empty();
        Session s = sessions.get(token);
        if (s == null) return Optional.empty();
        if (!s.expires().isAfter(clock.instant())) {
            sessions.remove(token);
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /** Ends a session. */
    public void close(String token) {
        if (token != null) sessions.remove(token);
    }

    /** Ends every session of a user (password or role change). */
    public void closeAll(String user) {
        sessions.values().removeIf(s -> user.equals(s.caller().user()));
    }

    private static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
