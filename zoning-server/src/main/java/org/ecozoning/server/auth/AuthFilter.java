package org.ecozoning.server.auth;

import java.util.Objects;
import org.ecozoning.ogc.common.OgcHandler;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;

/**
 * Wraps every mounted handler: authenticates the request ({@link Authenticator}) and passes it on
 * with the caller's name and roles ({@code OgcRequest.principal()}, {@code roles()}), so that each
 * service decides on rights. Refusals (401, 403 CSRF, 429) are problem documents.
 */
public final class AuthFilter implements OgcHandler {
    private final Authenticator auth;
    private final OgcHandler next;
    private final String mountPath;

    public AuthFilter(Authenticator auth, String mountPath, OgcHandler next) {
        this.auth = Objects.requireNonNull(auth);
        this.mountPath = mountPath;
        this.next = Objects.requireNonNull(next);
    }

    @Override
    public OgcResponse handle(OgcRequest r) {
        Caller c;
        try {
            c = auth.authenticate(r);
        } catch (AuthException e) {
            return e.toProblem(mountPath + r.path());
        }
        return next.handle(r.withCaller(c.user(), c.role().names()));
    }
}
