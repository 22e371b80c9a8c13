package org.ecozoning.server.auth;

import java.util.Objects;
import org.ecozoning.ogc.common.OgcHandler;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;

/**
 * A handler only callers holding a role reach: anonymous callers get 401 (with the Basic
 * challenge), others 403 — for endpoints that are wholly internal, such as the tracking reports.
 */
public final class RoleGate implements OgcHandler {
    private final Role role;
    private final OgcHandler handler;
    private final String mountPath;

    public RoleGate(Role role, String mountPath, OgcHandler handler) {
        this.role = Objects.requireNonNull(role, "role");
        this.mountPath = Objects.requireNonNull(mountPath, "mountPath");
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    /**
     * The caller when it holds {@code role}.
     *
     * @throws AuthException 401 for an anonymous caller, 403 for one without the role
     */
    public static Caller require(OgcRequest request, Role role) {
        return AdminApi.require(request, role);
    }

    @Override
    public OgcResponse handle(OgcRequest request) {
        try {
            AdminApi.require(request, role);
        } catch (AuthException e) {
            return e.toProblem(mountPath + request.path());
        }
        return handler.handle(request);
    }
}
