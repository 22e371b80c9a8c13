package org.ecozoning.server.auth;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.ecozoning.ogc.common.OgcHandler;
import org.ecozoning.server.Route;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeStores;

/**
 * The security pieces of one server, built together: accounts over the scheme store, sessions,
 * login throttle, the anonymous compliance rate limit, the access policy and its catalog views.
 * Helpers wrap routes with {@link AuthFilter} (and the rate limit).
 */
public final class Security {
    /** Session lifetime. */
    public static final Duration SESSION_TTL = Duration.ofHours(8);
    /**
     * Anonymous compliance requests per address: 30 at once, 30 per minute refill (system property
     * {@code ecozoning.anonymous.burst} overrides the 30).
     */
    public static final int ANONYMOUS_BURST = Integer.getInteger("ecozoning.anonymous.burst", 30);

    private final Authenticator authenticator;
    private final CatalogViews views;
    private final RateLimiter complianceLimit;
    private final Optional<String> generatedAdminPassword;

    private Security(Authenticator authenticator, CatalogViews views, RateLimiter complianceLimit, Optional<String> generated) {
        this.authenticator = authenticator;
        this.views = views;
        this.complianceLimit = complianceLimit;
        this.generatedAdminPassword = generated;
    }

    /**
     * @param store       the scheme store (accounts live in its database)
     * @param workspace   the workspace ({@code access.json})
     * @param clock       clock of sessions and limits
     * @param bcryptCost  BCrypt cost ({@link PasswordHasher#DEFAULT_COST})
     * @param envPassword {@code ECOZONING_ADMIN_PASSWORD} or null
     */
    public static Security open(SchemeStore store, Path workspace, Clock clock, int bcryptCost, String envPassword) {
        Objects.requireNonNull(store);
        UserStore users = new UserStore(SchemeStores.access(store), new PasswordHasher(bcryptCost));
        Optional<String> generated = BootstrapAdmin.ensure(users, envPassword);
        Authenticator auth = new Authenticator(users, new SessionStore(clock, SESSION_TTL), new LoginThrottle(clock));
        return new Security(auth, new CatalogViews(AccessPolicy.load(workspace)),
                new RateLimiter(clock, ANONYMOUS_BURST, Duration.ofMinutes(1)), generated);
    }

    public Authenticator authenticator() {
        return authenticator;
    }

    public CatalogViews views() {
        return views;
    }

    public UserStore users() {
        return authenticator.users();
    }

    /** @return the first administrator's generated password, present only at the very first start */
    public Optional<String> generatedAdminPassword() {
        return generatedAdminPassword;
    }

    /** The route with authentication in front of its handler. */
    public Route authenticated(Route r) {
        return r.wrapped(h -> new AuthFilter(authenticator, r.mountPath(), h));
    }

    /** The route with authentication and the anonymous compliance rate limit in front of its handler. */
    public Route authenticatedAndLimited(Route r) {
        return r.wrapped(h -> new AuthFilter(authenticator, r.mountPath(),
                new AnonymousRateLimit(complianceLimit, AnonymousRateLimit.COMPLIANCE, r.mountPath(), h)));
    }

    /**
     * The route with authentication and the anonymous rate limit in front, counting only the
     * requests {@code costly} selects (they share the compliance budget).
     */
    public Route authenticatedAndLimited(Route r, java.util.function.Predicate<org.ecozoning.ogc.common.OgcRequest> costly) {
        return r.wrapped(h -> new AuthFilter(authenticator, r.mountPath(),
                new AnonymousRateLimit(complianceLimit, costly, r.mountPath(), h)));
    }

    /** The handler with the anonymous compliance rate limit in front. */
    public OgcHandler limited(String mountPath, OgcHandler h) {
        return new AnonymousRateLimit(complianceLimit, AnonymousRateLimit.COMPLIANCE, mountPath, h);
    }
}
