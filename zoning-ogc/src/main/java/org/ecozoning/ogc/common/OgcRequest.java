package org.ecozoning.ogc.common;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * One parsed HTTP request as a protocol handler sees it, independent of the HTTP server. The server
 * builds it from the wire; tests build it with {@link #get(String)} or {@link #builder()}.
 *
 * <p>Paths: {@link #path()} is the full decoded request path ({@code /wms/ows}); {@link #mountPath()} is
 * the prefix the handler is mounted under ({@code /wms}); {@link #subPath()} is the rest ({@code /ows},
 * or empty). Parameter and header names are case-insensitive; see {@link Parameters}.
 *
 * <p>Immutable, except that the body stream can be read once.
 */
public final class OgcRequest {

    private final String method;
    private final String path;
    private final String mountPath;
    private final String rawQuery;
    private final Parameters parameters;
    private final Parameters headers;
    private final InputStream body;
    private final URI baseUri;
    private final String remoteAddress;

    private OgcRequest(Builder b) {
        this.method = b.method;
        this.path = b.path;
        this.mountPath = b.mountPath;
        this.rawQuery = b.rawQuery == null ? "" : b.rawQuery;
        this.parameters = b.parameters.build();
        this.headers = b.headers.build();
        this.body = b.body;
        this.baseUri = b.baseUri;
        this.remoteAddress = b.remoteAddress;
    }

    /** @return a builder with method GET, path {@code /}, no mount path, base URI {@code http://localhost} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A GET request for a path with an optional raw query, e.g.
     * {@code OgcRequest.get("/wms?SERVICE=WMS&REQUEST=GetCapabilities")}; handy in handler tests.
     *
     * @param pathAndQuery path, optionally followed by {@code ?} and a percent-encoded query
     * @return the request, not mounted under any prefix
     */
    public static OgcRequest get(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        Builder b = builder().path(q < 0 ? pathAndQuery : pathAndQuery.substring(0, q));
        if (q >= 0) {
            b.query(pathAndQuery.substring(q + 1));
        }
        return b.build();
    }

    /** @return the HTTP method, upper case ({@code GET}, {@code POST}, ...) */
    public String method() {
        return method;
    }

    /** @return the full decoded path, starting with {@code /} */
    public String path() {
        return path;
    }

    /** @return the prefix the handler is mounted under ({@code ""} for the root), without trailing slash */
    public String mountPath() {
        return mountPath;
    }

    /** @return the path below the mount path: {@code ""} or a string starting with {@code /} */
    public String subPath() {
        return path.substring(mountPath.length());
    }

    /** @return the query as received, still percent-encoded, without {@code ?}; empty when none */
    public String rawQuery() {
        return rawQuery;
    }

    /** @return the decoded query parameters (KVP), names case-insensitive */
    public Parameters parameters() {
        return parameters;
    }

    /**
     * @param name parameter name in any case ({@code REQUEST}, {@code request}, ...)
     * @return its first value, if present
     */
    public Optional<String> parameter(String name) {
        return parameters.first(name);
    }

    /**
     * @param name parameter name in any case
     * @return its first value
     * @throws ProblemException (400, bilingual) when the parameter is missing or blank
     */
    public String requiredParameter(String name) {
        return parameter(name).filter(v -> !v.isBlank()).orElseThrow(() -> ProblemException.badRequest(
                "缺少必需参数 " + name, "Missing required parameter " + name));
    }

    /** @return the request headers, names case-insensitive */
    public Parameters headers() {
        return headers;
    }

    /**
     * @param name header name in any case
     * @return its first value, if present
     */
    public Optional<String> header(String name) {
        return headers.first(name);
    }

    /** @return the {@code Content-Type} header, if present */
    public Optional<String> contentType() {
        return header("Content-Type");
    }

    /**
     * The request body; read it at most once. The server enforces its size limit while it is read
     * (exceeding it throws a {@link ProblemException} with status 413).
     *
     * @return the body stream (empty for a request without body)
     */
    public InputStream body() {
        return body;
    }

    /**
     * The server's root as the client addressed it, e.g. {@code http://localhost:8080}, for absolute
     * links in capabilities documents (honours {@code Forwarded} headers when the server is configured
     * to trust them).
     *
     * @return scheme, host and port, without path or trailing slash
     */
    public URI baseUri() {
        return baseUri;
    }

    /** @return {@link #baseUri()} followed by {@link #mountPath()}, e.g. {@code http://localhost:8080/wms} */
    public URI serviceUri() {
        return URI.create(baseUri.toString() + mountPath);
    }

    /** @return the client's IP address as text, or {@code ""} when unknown */
    public String remoteAddress() {
        return remoteAddress;
    }

    @Override
    public String toString() {
        return method + " " + path + (rawQuery.isEmpty() ? "" : "?" + rawQuery);
    }

    /** Builds an {@link OgcRequest}; used by the server adapter and by tests. */
    public static final class Builder {
        private String method = "GET";
        private String path = "/";
        private String mountPath = "";
        private String rawQuery;
        private final Parameters.Builder parameters = Parameters.builder();
        private final Parameters.Builder headers = Parameters.builder();
        private InputStream body = InputStream.nullInputStream();
        private URI baseUri = URI.create("http://localhost");
        private String remoteAddress = "";

        private Builder() {
        }

        /**
         * @param method HTTP method (stored upper case)
         * @return this builder
         */
        public Builder method(String method) {
            this.method = Objects.requireNonNull(method, "method").toUpperCase(java.util.Locale.ROOT);
            return this;
        }

        /**
         * @param path decoded path, starting with {@code /}
         * @return this builder
         */
        public Builder path(String path) {
            Objects.requireNonNull(path, "path");
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("path must start with '/': " + path);
            }
            this.path = path;
            return this;
        }

        /**
         * @param mountPath the prefix the handler is mounted under, {@code ""} or {@code /x}; the path
         *                  must start with it
         * @return this builder
         */
        public Builder mountPath(String mountPath) {
            Objects.requireNonNull(mountPath, "mountPath");
            if (!mountPath.isEmpty() && (!mountPath.startsWith("/") || mountPath.endsWith("/"))) {
                throw new IllegalArgumentException("mount path must be empty or /x without trailing '/': " + mountPath);
            }
            this.mountPath = mountPath;
            return this;
        }

        /**
         * Sets the raw query and adds its decoded parameters.
         *
         * @param rawQuery percent-encoded query without {@code ?}
         * @return this builder
         * @throws ProblemException (400) when the query is malformed
         */
        public Builder query(String rawQuery) {
            this.rawQuery = rawQuery;
            Parameters parsed = QueryString.parse(rawQuery);
            for (String name : parsed.names()) {
                parsed.all(name).forEach(v -> parameters.add(name, v));
            }
            return this;
        }

        /**
         * Adds a decoded parameter (does not change {@link OgcRequest#rawQuery()}).
         *
         * @param name  name
         * @param value decoded value
         * @return this builder
         */
        public Builder parameter(String name, String value) {
            parameters.add(name, value);
            return this;
        }

        /**
         * @param name  header name
         * @param value header value
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers.add(name, value);
            return this;
        }

        /**
         * @param body the body stream
         * @return this builder
         */
        public Builder body(InputStream body) {
            this.body = Objects.requireNonNull(body, "body");
            return this;
        }

        /**
         * @param body the body bytes
         * @return this builder
         */
        public Builder body(byte[] body) {
            return body(new ByteArrayInputStream(body));
        }

        /**
         * @param baseUri scheme, host and port as the client sees the server, without trailing slash
         * @return this builder
         */
        public Builder baseUri(URI baseUri) {
            String s = Objects.requireNonNull(baseUri, "baseUri").toString();
            this.baseUri = s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : baseUri;
            return this;
        }

        /**
         * @param remoteAddress client IP address
         * @return this builder
         */
        public Builder remoteAddress(String remoteAddress) {
            this.remoteAddress = Objects.requireNonNull(remoteAddress, "remoteAddress");
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException when the path does not lie under the mount path
         */
        public OgcRequest build() {
            if (!mountPath.isEmpty() && !(path.equals(mountPath) || path.startsWith(mountPath + "/"))) {
                throw new IllegalArgumentException("path " + path + " is not under mount path " + mountPath);
            }
            return new OgcRequest(this);
        }
    }
}
