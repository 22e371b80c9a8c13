package org.ecozoning.server;

import java.util.Objects;
import java.util.Optional;
import org.ecozoning.ogc.common.OgcHandler;

/**
 * Mounts an {@link OgcHandler} at a path: either exactly one path ({@link #exact}) or a prefix and
 * everything below it ({@link #prefix}: {@code /wms} serves {@code /wms}, {@code /wms/} and
 * {@code /wms/x}, never {@code /wmsx}). Optionally listed on the landing page ({@link #listed}).
 *
 * <pre>{@code
 * Route.prefix("/wms", new WmsHandler(...))
 *      .listed("网络地图服务", "Web Map Service", "按要素渲染地图图片", "Map images of the scheme");
 * }</pre>
 */
public final class Route {

    /** How a route's path is compared with the request path. */
    public enum Match {
        /** The request path equals the route path. */
        EXACT,
        /** The request path equals the route path or continues it after a {@code /}. */
        PREFIX
    }

    private final String path;
    private final Match match;
    private final OgcHandler handler;
    private final ServiceEntry entry;
    private final long bodyLimit;

    private Route(String path, Match match, OgcHandler handler, ServiceEntry entry) {
        this(path, match, handler, entry, 0);
    }

    private Route(String path, Match match, OgcHandler handler, ServiceEntry entry, long bodyLimit) {
        this.path = path;
        this.match = match;
        this.handler = Objects.requireNonNull(handler, "handler");
        this.entry = entry;
        this.bodyLimit = bodyLimit;
    }

    /**
     * A route whose handler reads bodies up to {@code max} bytes (e.g. batch execute requests) and
     * answers oversized ones itself, in its protocol's dialect (a WPS ExceptionReport): the server
     * does not refuse a large declared length before the handler sees the request, and still stops
     * reading past {@code max}.
     *
     * @param max most bytes read from a request body on this route
     * @return the same route with that limit
     */
    public Route bodyLimit(long max) {
        if (max <= 0) {
            throw new IllegalArgumentException("body limit must be positive: " + max);
        }
        return new Route(path, match, handler, entry, max);
    }

    /** @return the route's own body limit, or 0 for the server's */
    public long bodyLimit() {
        return bodyLimit;
    }

    /**
     * @param path    the exact path, e.g. {@code /} or {@code /health}
     * @param handler the handler
     * @return a route matching only that path
     */
    public static Route exact(String path, OgcHandler handler) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("route path must start with '/': " + path);
        }
        return new Route(path, Match.EXACT, handler, null);
    }

    /**
     * @param prefix  the prefix, e.g. {@code /wms}: starts with {@code /}, no trailing {@code /}, not the root
     * @param handler the handler; its {@link org.ecozoning.ogc.common.OgcRequest#path()} is the path below the prefix
     * @return a route matching the prefix and every path below it
     */
    public static Route prefix(String prefix, OgcHandler handler) {
        if (prefix == null || !prefix.startsWith("/") || prefix.endsWith("/") || prefix.length() < 2) {
            throw new IllegalArgumentException("route prefix must look like /name (no trailing '/', not the root): " + prefix);
        }
        return new Route(prefix, Match.PREFIX, handler, null);
    }

    /**
     * @param serviceEntry how the landing page lists this route
     * @return a copy listed on the landing page
     */
    public Route listed(ServiceEntry serviceEntry) {
        return new Route(path, match, handler, Objects.requireNonNull(serviceEntry, "serviceEntry"), bodyLimit);
    }

    /**
     * Lists the route on the landing page with a link to its own path.
     *
     * @param nameZh    Chinese name
     * @param nameEn    English name
     * @param summaryZh Chinese summary
     * @param summaryEn English summary
     * @return a copy listed on the landing page
     */
    public Route listed(String nameZh, String nameEn, String summaryZh, String summaryEn) {
        return listed(new ServiceEntry(path, nameZh, nameEn, summaryZh, summaryEn));
    }

    /**
     * @param wrap wraps the handler (authentication, rate limits)
     * @return a copy whose handler is {@code wrap(handler())}, same path and entry
     */
    public Route wrapped(java.util.function.UnaryOperator<OgcHandler> wrap) {
        return new Route(path, match, wrap.apply(handler), entry, bodyLimit);
    }

    /** @return the route path or prefix */
    public String path() {
        return path;
    }

    /** @return how the path is matched */
    public Match match() {
        return match;
    }

    /** @return the handler */
    public OgcHandler handler() {
        return handler;
    }

    /** @return the landing-page entry, if listed */
    public Optional<ServiceEntry> entry() {
        return Optional.ofNullable(entry);
    }

    /**
     * @return the mount point: the route path ({@code ""} for the root). The handler sees the request
     *         path below it, {@code /} for the mount point itself.
     */
    public String mountPath() {
        return path.equals("/") ? "" : path;
    }

    /**
     * @param requestPath decoded request path
     * @return whether this route serves it
     */
    public boolean matches(String requestPath) {
        return switch (match) {
            case EXACT -> requestPath.equals(path);
            case PREFIX -> requestPath.equals(path)
                    || (requestPath.startsWith(path) && requestPath.charAt(path.length()) == '/');
        };
    }

    @Override
    public String toString() {
        return match == Match.EXACT ? path : path + "/**";
    }
}
