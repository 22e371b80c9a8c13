package org.ecozoning.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the route for a request path: an exact route wins, then the longest matching prefix. Kept
 * apart from Jetty so that the matching rules are tested on their own.
 */
public final class RouteTable {

    private final List<Route> routes;
    private final List<Route> byPriority;

    /**
     * @param routes the routes in mount order
     * @throws IllegalArgumentException when two routes claim the same path and kind
     */
    public RouteTable(List<Route> routes) {
        Set<String> seen = new HashSet<>();
        for (Route r : routes) {
            if (!seen.add(r.match() + " " + r.path())) {
                throw new IllegalArgumentException("route mounted twice: " + r);
            }
        }
        this.routes = List.copyOf(routes);
        List<Route> sorted = new ArrayList<>(routes);
        sorted.sort(Comparator.comparing((Route r) -> r.match() == Route.Match.EXACT ? 0 : 1)
                .thenComparing(r -> -r.path().length()));
        this.byPriority = List.copyOf(sorted);
    }

    /**
     * @param path decoded request path
     * @return the route that serves it, if any
     */
    public Optional<Route> match(String path) {
        for (Route r : byPriority) {
            if (r.matches(path)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** @return the routes in mount order */
    public List<Route> routes() {
        return routes;
    }
}
