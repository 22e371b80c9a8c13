package org.ecozoning.ogc.common;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * An HTTP request as protocol handlers see it, free of any servlet container: method, path below
 * the handler's mount point, KVP parameters with case-insensitive keys (as OGC clients expect),
 * headers (case-insensitive), the authenticated principal if any, and the body.
 */
public final class OgcRequest {
    private final String method;
    private final String path;
    private final Map<String, List<String>> params;
    private final Map<String, String> headers;
    private final String baseUrl;
    private final String principal;
    private final java.util.Set<String> roles;
    private final String clientAddress;
    private final InputStream body;

    private OgcRequest(Builder b) {
        this.method = b.method;
        this.path = b.path;
        this.params = Collections.unmodifiableMap(b.params);
        this.headers = Collections.unmodifiableMap(b.headers);
        this.baseUrl = b.baseUrl;
        this.principal = b.principal;
        this.roles = java.util.Set.copyOf(b.roles);
        this.clientAddress = b.clientAddress;
        this.body = b.body == null ? new ByteArrayInputStream(new byte[0]) : b.body;
    }

    public String method() { return method; }

    /** The path below the mount point, starting with "/" ("/" for the mount point itself). */
    public String path() { return path; }

    /** The first value of a KVP parameter (key case-insensitive), or null. */
    public String param(String key) {
        List<String> v = params.get(key);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** The first value of a parameter, or {@code fallback} when absent or empty. */
    public String param(String key, String fallback) {
        String v = param(key);
        return v == null || v.isEmpty() ? fallback : v;
    }

    /** All values of a parameter (key case-insensitive), possibly empty. */
    public List<String> params(String key) { return params.getOrDefault(key, List.of()); }

    /** Every parameter, keys in the case the client sent first. */
    public Map<String, List<String>> params() { return params; }

    /** A header value (name case-insensitive), or null. */
    public String header(String name) { return headers.get(name); }

    /**
     * The absolute URL of the server's root as the client reached it (scheme, host, port and
     * context, no trailing slash), for links in capabilities and JSON documents.
     */
    public String baseUrl() { return baseUrl; }

    /** The authenticated user name, or null for an anonymous caller. */
    public String principal() { return principal; }

    /**
     * The roles of the caller as the server shell authenticated them (e.g. {@code STAFF}); empty for
     * an anonymous caller. Handlers that decide on rights ask {@link #hasRole}.
     */
    public java.util.Set<String> roles() { return roles; }

    /** Whether the caller holds {@code role}. */
    public boolean hasRole(String role) { return roles.contains(role); }

    /** The client's network address (for rate limits and logs), or null when unknown. */
    public String clientAddress() { return clientAddress; }

    public InputStream body() { return body; }

    /** The same request for an authenticated caller: user name (null = anonymous) and roles. */
    public OgcRequest withCaller(String user, java.util.Set<String> callerRoles) {
        Builder b = copy();
        b.principal = user;
        b.roles = Set.copyOf(callerRoles);
        b.body = body;
        return b.build();
    }

    private Builder copy() {
        Builder b = new Builder(method, path);
        params.forEach((k, v) -> v.forEach(x -> b.param(k, x)));
        b.headers.putAll(headers);
        b.baseUrl = baseUrl;
        b.principal = principal;
        b.roles = roles;
        b.clientAddress = clientAddress;
        return b;
    }

    /** The same request with another body stream (e.g. a buffered one a dispatcher has peeked into). */
    public OgcRequest withBody(InputStream newBody) {
        Builder b = copy();
        b.body = newBody;
        return b.build();
    }

    public static Builder builder(String method, String path) { return new Builder(method, path); }

    /** Builds requests: used by the Jetty adapter and by tests. */
    public static final class Builder {
        private final String method;
        private final String path;
        private final Map<String, List<String>> params = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private String baseUrl = "http://localhost:8080";
        private String principal;
        private Set<String> roles = Set.of();
        private String clientAddress;
        private InputStream body;

        private Builder(String method, String path) {
            this.method = Objects.requireNonNull(method).toUpperCase(Locale.ROOT);
            this.path = path == null || path.isEmpty() ? "/" : path;
        }

        public Builder param(String key, String value) {
            params.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(value);
            return this;
        }

        /** Adds every parameter of a raw query string ({@code a=1&b=2}), percent-decoded as UTF-8. */
        public Builder query(String rawQuery) {
            if (rawQuery == null || rawQuery.isEmpty()) return this;
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) continue;
                int eq = pair.indexOf('=');
                String k = decode(eq < 0 ? pair : pair.substring(0, eq));
                String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
                param(k, v);
            }
            return this;
        }

        public Builder header(String name, String value) { headers.put(name, value); return this; }

        public Builder baseUrl(String url) {
            this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            return this;
        }

        public Builder principal(String user) { this.principal = user; return this; }

        public Builder roles(Set<String> callerRoles) { this.roles = Set.copyOf(callerRoles); return this; }

        public Builder clientAddress(String address) { this.clientAddress = address; return this; }

        public Builder body(InputStream in) { this.body = in; return this; }

        public Builder body(byte[] bytes) { this.body = new ByteArrayInputStream(bytes); return this; }

        public OgcRequest build() { return new OgcRequest(this); }

        private static String decode(String s) {
            try {
                return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return s; // malformed %-escape: keep it as sent, the handler reports it if it matters
            }
        }
    }

    /** Copy of the parameters as a plain map of first values, keys lower-cased (for logging and tests). */
    public Map<String, String> firstValues() {
        Map<String, String> m = new LinkedHashMap<>();
        params.forEach((k, v) -> m.put(k.toLowerCase(Locale.ROOT), v.isEmpty() ? "" : v.get(0)));
        return m;
    }
}
