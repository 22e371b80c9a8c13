package org.ecozoning.server.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ecozoning.ogc.common.OgcHandler;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.ProblemException;
import org.ecozoning.ogc.common.ProblemResponse;

/**
 * Serves files from one classpath folder (the portal's pages and scripts, or a WebJar's
 * {@code META-INF/resources/webjars}) with their content type, a strong ETag and cache headers, and
 * answers {@code If-None-Match} with 304. Gzip is left to the server shell. Files are read once and
 * kept in memory (they are few and small); paths with {@code ..} or a backslash are refused.
 */
public final class StaticResources implements OgcHandler {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html;charset=utf-8"), Map.entry("js", "text/javascript;charset=utf-8"),
            Map.entry("mjs", "text/javascript;charset=utf-8"), Map.entry("css", "text/css;charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"), Map.entry("map", "application/json"),
            Map.entry("txt", "text/plain;charset=utf-8"), Map.entry("webmanifest", "application/manifest+json"));

    private final String root;
    private final String indexFile;
    private final String cacheControl;
    private final ClassLoader loader;
    private final Map<String, Optional<Resource>> cache = new ConcurrentHashMap<>();

    private record Resource(byte[] bytes, String type, String etag) { }

    /**
     * @param root         classpath folder without leading or trailing slash, e.g. {@code org/ecozoning/server/portal/static}
     * @param indexFile    file served for the mount point itself ({@code /}), or null for none
     * @param cacheControl the Cache-Control value, e.g. {@code no-cache} (revalidate by ETag) or a max-age for versioned files
     */
    public StaticResources(String root, String indexFile, String cacheControl) {
        this.root = root;
        this.indexFile = indexFile;
        this.cacheControl = cacheControl;
        this.loader = StaticResources.class.getClassLoader();
    }

    @Override
    public OgcResponse handle(OgcRequest request) {
        String path = request.path();
        try {
            if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
                throw ProblemException.methodNotAllowed(request.method(), "GET, HEAD");
            }
            if (path.equals("/") && indexFile != null) path = "/" + indexFile;
            if (path.contains("..") || path.contains("\\") || path.contains("//") || path.endsWith("/")) {
                throw ProblemException.notFound("没有此文件", "no such file");
            }
            Resource r = cache.computeIfAbsent(path, this::load)
                    .orElseThrow(() -> ProblemException.notFound("没有此文件：" + request.path(), "no such file: " + request.path()));
            String inm = request.header("If-None-Match");
            if (inm != null && (inm.contains(r.etag()) || inm.contains(r.etag().replace("\"", "")))) {
                return new OgcResponse(304, null, null, out -> { }).header("ETag", r.etag())
                        .header("Cache-Control", cacheControl);
            }
            return OgcResponse.ok(r.type(), r.bytes()).header("ETag", r.etag()).header("Cache-Control", cacheControl)
                    .header("X-Content-Type-Options", "nosniff");
        } catch (ProblemException e) {
            return ProblemResponse.of(e, request.path());
        }
    }

    private Optional<Resource> load(String path) {
        try (InputStream in = loader.getResourceAsStream(root + path)) {
            if (in == null) return Optional.empty();
            byte[] bytes = in.readAllBytes();
            String name = path.substring(path.lastIndexOf('/') + 1);
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            String type = TYPES.getOrDefault(ext, "application/octet-stream");
            return Optional.of(new Resource(bytes, type, "\"" + sha(bytes) + "\""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha(byte[] bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String utf8(byte[] b) { return new String(b, StandardCharsets.UTF_8); }
}
