package org.ecozoning.server.auth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.ecozoning.ogc.common.OgcRequest;

/**
 * Finds the caller of a request: HTTP Basic credentials (OGC clients, scripts) checked against the
 * accounts, else the portal's session cookie, else anonymous. Password checks go through the
 * {@link LoginThrottle}; cookie-authenticated state-changing requests must carry the session's
 * CSRF token in {@value #CSRF_HEADER}.
 */
public final class Authenticator {
    /** Name of the session cookie. */
    public static final String COOKIE = "ECOZONING_SESSION";
    /** Header carrying the CSRF token of the session. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private final UserStore users;
    private final SessionStore sessions;
    private final LoginThrottle throttle;
    /** How long a verified Basic credential is remembered. */
    public static final Duration BASIC_CACHE = Duration.ofMinutes(1);

    private record Remembered(Caller caller, java.time.Instant until) { }

    private final java.util.Map<String, Remembered> remembered = new java.util.concurrent.ConcurrentHashMap<>();

    public Authenticator(UserStore users, SessionStore sessions, LoginThrottle throttle) {
        this.users = Objects.requireNonNull(users);
        this.sessions = Objects.requireNonNull(sessions);
        this.throttle = Objects.requireNonNull(throttle);
    }

    public SessionStore sessions() {
        return sessions;
    }

    public UserStore users() {
        return users;
    }

    public LoginThrottle throttle() {
        return throttle;
    }

    /**
     * @return the caller of the request
     * @throws AuthException 401 for wrong Basic credentials, 429 while throttled, 403 for a
     *                       cookie request that changes state without the CSRF token
     */
    public Caller authenticate(OgcRequest r) {
        String auth = r.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(auth.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw AuthException.unauthorized();
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) throw AuthException.unauthorized();
            return basic(decoded.substring(0, colon), decoded.substring(colon + 1), r.clientAddress());
        }
        Optional<SessionStore.Session> s = sessions.find(cookie(r.header("Cookie"), COOKIE));
        if (s.isEmpty()) return Caller.ANONYMOUS;
        if (!safe(r.method()) && !s.get().csrf().equals(r.header(CSRF_HEADER))) {
            throw AuthException.forbidden("缺少或错误的 CSRF 令牌（请求头 " + CSRF_HEADER + "）/ missing or wrong CSRF token (header "
                    + CSRF_HEADER + ")");
        }
        return s.get().caller();
    }

    /**
     * Checks a password through the throttle.
     *
     * @throws AuthException 429 while the user or address must wait, 401 when wrong
     */
    public Caller login(String user, String password, String address) {
        Duration wait = throttle.waitBefore(user, address);
        if (!wait.isZero()) throw AuthException.throttled(wait);
        Optional<UserAccount> a = users.verify(user, password);
        if (a.isEmpty()) {
            throttle.failed(user, address);
            throw AuthException.unauthorized();
        }
        throttle.succeeded(user);
        return new Caller(a.get().name(), a.get().role());
    }

    /**
     * Basic credentials: OGC clients send them with every request, so a success is remembered for
     * {@link #BASIC_CACHE} under a SHA-256 of name and password (never the password itself) instead of
     * paying a BCrypt check per map tile.
     */
    private Caller basic(String user, String password, String address) {
        String key = digest(user + '\u0000' + password);
        java.time.Instant now = java.time.Instant.now();
        Remembered m = remembered.get(key);
        if (m != null && m.until().isAfter(now)) return m.caller();
        Caller c = login(user, password, address);
        if (remembered.size() > 10_000) remembered.clear();
        remembered.put(key, new Remembered(c, now.plus(BASIC_CACHE)));
        return c;
    }

    /** Forgets remembered Basic credentials (after a password or role change). */
    public void forgetCredentials() {
        remembered.clear();
    }

    private static String digest(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean safe(String method) {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    /** The value of cookie {@code name} in a Cookie header, or null. */
    static String cookie(String header, String name) {
        if (header == null) return null;
        for (String part : header.split(";")) {
            String p = part.strip();
            if (p.startsWith(name + "=")) return p.substring(name.length() + 1);
        }
        return null;
    }
}
