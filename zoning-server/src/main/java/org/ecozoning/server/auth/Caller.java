package org.ecozoning.server.auth;

import java.util.Objects;

/**
 * Who is calling: a user name and role, or the anonymous caller. Produced by {@link Authenticator},
 * put into {@code OgcRequest.withCaller} so that handlers decide on {@code roles()}.
 */
public record Caller(String user, Role role) {
    /** The anonymous caller. */
    public static final Caller ANONYMOUS = new Caller(null, Role.PUBLIC);

    public Caller {
        Objects.requireNonNull(role, "role");
    }

    public boolean anonymous() {
        return user == null;
    }
}
