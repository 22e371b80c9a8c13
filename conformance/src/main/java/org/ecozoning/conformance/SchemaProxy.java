package org.ecozoning.conformance;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A tiny HTTP proxy on loopback that answers the suite's schema downloads (schemas.opengis.net, www.w3.org)
 * from jars, so that a conformance run is offline and does not fail for reasons that are not the server's.
 * Every other URL gets 404. The suite's JVM is pointed at it with {@code -Dhttp.proxyHost/-Dhttp.proxyPort}.
 * What was served and what was refused is logged and kept for the run summary.
 */
public final class SchemaProxy implements AutoCloseable {

    private final List<SchemaMount> mounts;
    private final Map<Path, ZipFile> jars = new LinkedHashMap<>();
    private final Consumer<String> log;
    private final Set<String> served = new ConcurrentSkipListSet<>();
    private final Set<String> missed = new ConcurrentSkipListSet<>();
    private final HttpServer server;
    private final ExecutorService executor;

    private SchemaProxy(List<SchemaMount> mounts, Consumer<String> log, int port) throws IOException {
        this.mounts = new ArrayList<>(mounts);
        // Longest prefix first, so an exact-file mount wins over a folder mount.
        this.mounts.sort((a, b) -> Integer.compare(b.urlPrefix().length(), a.urlPrefix().length()));
        this.log = log;
        try {
            for (SchemaMount m : mounts) {
                if (!jars.containsKey(m.jar())) {
                    jars.put(m.jar(), new ZipFile(m.jar().toFile()));
                }
            }
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        } catch (IOException e) {
            closeJars();
            throw e;
        }
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "schema-proxy");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    /**
     * Starts the proxy on {@code 127.0.0.1:port} ({@code 0}: any free port).
     *
     * @param log receives one line per request (status, URL, source)
     */
    public static SchemaProxy start(List<SchemaMount> mounts, int port, Consumer<String> log) throws IOException {
        SchemaProxy proxy = new SchemaProxy(mounts, log, port);
        proxy.server.start();
        return proxy;
    }

    /** The port actually bound. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The address actually bound (always a loopback address). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Distinct URLs answered with 200, sorted. */
    public List<String> served() {
        return List.copyOf(served);
    }

    /** Distinct URLs answered with 404 (or refused), sorted. */
    public List<String> missed() {
        return List.copyOf(missed);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String url = targetUrl(exchange);
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            if (!method.equals("GET") && !method.equals("HEAD")) {
                missed.add(method + " " + url);
                log.accept("405 " + method + " " + url);
                send(exchange, 405, "text/plain", "method not allowed by the schema proxy\n".getBytes(StandardCharsets.UTF_8), false);
                return;
            }
            Resolved hit = resolve(url);
            if (hit == null) {
                missed.add(url);
                log.accept("404 " + url);
                send(exchange, 404, "text/plain",
                        ("not served by the offline schema proxy: " + url + "\n").getBytes(StandardCharsets.UTF_8),
                        method.equals("HEAD"));
                return;
            }
            byte[] body;
            try (InputStream in = hit.zip.getInputStream(hit.entry)) {
                body = in.readAllBytes();
            }
            served.add(url);
            log.accept("200 " + url + " <- " + hit.jarName + "!" + hit.entry.getName());
            send(exchange, 200, contentType(hit.entry.getName()), body, method.equals("HEAD"));
        } catch (RuntimeException e) {
            log.accept("500 " + exchange.getRequestURI() + " " + e);
            throw e;
        }
    }

    /** The absolute URL the client asked for (proxy requests carry it in the request line). */
    static String targetUrl(HttpExchange exchange) {
        URI uri = exchange.getRequestURI();
        String host = uri.getHost();
        int port = uri.getPort();
        String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (host == null) {
            String hostHeader = exchange.getRequestHeaders().getFirst("Host");
            host = hostHeader == null ? "unknown-host" : hostHeader;
            port = -1;
        }
        String authority = host.toLowerCase(Locale.ROOT);
        if (port != -1 && port != 80) {
            authority += ":" + port;
        } else if (authority.endsWith(":80")) {
            authority = authority.substring(0, authority.length() - 3);
        }
        String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return scheme + "://" + authority + path + query;
    }

    private record Resolved(ZipFile zip, ZipEntry entry, String jarName) {
    }

    private Resolved resolve(String url) {
        if (url.contains("?") || url.contains("..")) {
            return null;
        }
        for (SchemaMount m : mounts) {
            String name = m.entryFor(url);
            if (name == null) {
                continue;
            }
            ZipFile zip = jars.get(m.jar());
            ZipEntry entry = zip.getEntry(name);
            if (entry != null && !entry.isDirectory()) {
                return new Resolved(zip, entry, m.jar().getFileName().toString());
            }
        }
        return null;
    }

    static String contentType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".xsd") || n.endsWith(".xml") || n.endsWith(".sch") || n.endsWith(".xsl")
                || n.endsWith(".dtd") || n.endsWith(".rdf")) {
            return "application/xml";
        }
        return "application/octet-stream";
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body, boolean head) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        if (head) {
            ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private void closeJars() {
        for (ZipFile zip : jars.values()) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // nothing useful to do while shutting down
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        closeJars();
    }
}
