package org.ecozoning.server.auth;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;
import org.ecozoning.ogc.common.OgcHandler;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.ProblemException;
import org.ecozoning.ogc.common.ProblemResponse;

/**
 * Limits the costly requests (compliance assessments, rendered reports) of anonymous callers per client address with
 * a {@link RateLimiter}; answers 429 with a problem document and {@code Retry-After}. Callers with
 * an account are not limited.
 */
public final class AnonymousRateLimit implements OgcHandler {
    /** Compliance requests: any POST, or a KVP {@code REQUEST=Execute}. */
    public static final Predicate<OgcRequest> COMPLIANCE = r -> r.method().equals("POST")
            || "Execute".equalsIgnoreCase(r.param("request"));
    /** A saved report rendered again (HTML with its map, or PDF): {@code f=html} or {@code f=pdf}. */
    public static final Predicate<OgcRequest> RENDERED_REPORT = r -> {
        String f = r.param("f");
        return "pdf".equalsIgnoreCase(f) || "html".equalsIgnoreCase(f);
    };

    private final RateLimiter limiter;
    private final Predicate<OgcRequest> costly;
    private final String mountPath;
    private final OgcHandler next;

    public AnonymousRateLimit(RateLimiter limiter, Predicate<OgcRequest> costly, String mountPath, OgcHandler next) {
        this.limiter = Objects.requireNonNull(limiter);
        this.costly = Objects.requireNonNull(costly);
        this.mountPath = mountPath;
        this.next = Objects.requireNonNull(next);
    }

    @Override
    public OgcResponse handle(OgcRequest r) {
        if (r.principal() == null && costly.test(r)) {
            Duration wait = limiter.acquire(r.clientAddress());
            if (!wait.isZero()) {
                long s = Math.max(1, (wait.toMillis() + 999) / 1000);
                return ProblemResponse.of(new ProblemException(429, "too-many-requests", "请求过多 / Too many requests",
                                "匿名研判请求过于频繁，请 " + s + " 秒后再试，或登录 / too many anonymous compliance requests; retry in "
                                        + s + " s or log in"), mountPath + r.path())
                        .header("Retry-After", String.valueOf(s));
            }
        }
        return next.handle(r);
    }
}
