package org.ecozoning.server.auth;

import java.time.Duration;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.ProblemException;
import org.ecozoning.ogc.common.ProblemResponse;

/**
 * A refused authentication or right: 401 (bad or missing credentials; with a Basic challenge),
 * 403 (authenticated but not allowed, CSRF token missing) or 429 (throttled; with Retry-After).
 */
public final class AuthException extends RuntimeException {
    private final int status;
    private final Duration retryAfter;

    private AuthException(int status, String message, Duration retryAfter) {
        super(message);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public static AuthException unauthorized() {
        return new AuthException(401, "用户名或密码错误 / wrong user name or password", null);
    }

    /** No credentials at all (as opposed to wrong ones): 401 asking the caller to log in. */
    public static AuthException loginRequired() {
        return new AuthException(401, "请先登录 / please log in", null);
    }

    public static AuthException forbidden(String message) {
        return new AuthException(403, message, null);
    }

    public static AuthException throttled(Duration wait) {
        long s = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new AuthException(429, "尝试过于频繁，请 " + s + " 秒后再试 / too many attempts; retry in " + s + " s",
                Duration.ofSeconds(s));
    }

    public int status() {
        return status;
    }

    /** @return the wait for 429, else null */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The answer as an RFC 9457 problem document (Basic challenge on 401, Retry-After on 429). */
    public OgcResponse toProblem(String instance) {
        String type = switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            default -> "too-many-requests";
        };
        String title = switch (status) {
            case 401 -> "需要登录 / Authentication required";
            case 403 -> "无权访问 / Forbidden";
            default -> "请求过多 / Too many requests";
        };
        OgcResponse r = ProblemResponse.of(new ProblemException(status, type, title, getMessage()), instance);
        return decorate(r);
    }

    /** Adds the challenge or Retry-After header to any response of this refusal. */
    public OgcResponse decorate(OgcResponse r) {
        if (status == 401) r = r.header("WWW-Authenticate", "Basic realm=\"ecozoning\", charset=\"UTF-8\"");
        if (retryAfter != null) r = r.header("Retry-After", String.valueOf(retryAfter.toSeconds()));
        return r;
    }
}
