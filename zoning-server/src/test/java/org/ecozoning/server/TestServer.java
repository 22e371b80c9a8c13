package org.ecozoning.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.ecozoning.server.auth.Role;
import org.ecozoning.store.Attribution;

/**
 * A whole server (every mounted service, as {@code zoning serve} wires them) on an ephemeral
 * loopback port over a workspace copy and a private in-memory store, and the HTTP calls tests make
 * to it: one set-up for the tests that go through the real HTTP stack.
 */
public final class TestServer implements AutoCloseable {

    /** A change to the workspace copy made before the services open (e.g. writing {@code access.json}). */
    @FunctionalInterface
    public interface WorkspaceSetup {
        void apply(Path workspace) throws Exception;
    }

    public final MountedServices services;
    public final ZoningServer server;
    /** {@code http://127.0.0.1:<port>} */
    public final String base;
    public final HttpClient http = HttpClient.newHttpClient();
    private final Duration timeout;

    /**
     * @param dir     an empty folder: the workspace goes to {@code dir/ws}, the SLD styles beside it
     * @param timeout the timeout of each request made through {@link #get} and {@link #post}
     * @param setup   run on the workspace copy before the services open
     */
    public TestServer(Path dir, Duration timeout, WorkspaceSetup setup) throws Exception {
        this.timeout = timeout;
        Path ws = TestWorkspace.copyInto(dir.resolve("ws"));
        Path styles = Files.createDirectories(dir.resolve("styles"));
        try (var sld = Files.list(TestWorkspace.REPO.resolveSibling("styles"))) {
            for (Path f : sld.toList()) Files.copy(f, styles.resolve(f.getFileName().toString()));
        }
        setup.apply(ws);
        ServerConfig config = ServerConfig.defaults(ws).withPort(0).withBind("127.0.0.1").withStoreUrl(TestWorkspace.memoryStore());
        services = MountedServices.open(config);
        try {
            server = ZoningServer.builder(config).routes(services.routes()).build().start();
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
        base = "http://127.0.0.1:" + server.port();
    }

    /** Adds an account (attributed to {@code test}). */
    public void addUser(String name, Role role, String password) {
        services.security().users().add(name, role, password, Attribution.of("test", null));
    }

    /** @return the HTTP Basic {@code Authorization} value for an account */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param path a path below {@link #base}, or a whole URL
     * @param auth the {@code Authorization} value, or null for an anonymous call
     */
    public <T> HttpResponse<T> get(String path, String auth, HttpResponse.BodyHandler<T> handler) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(timeout);
        if (auth != null) b.header("Authorization", auth);
        return http.send(b.build(), handler);
    }

    /**
     * @param path    a path below {@link #base}, or a whole URL
     * @param auth    the {@code Authorization} value, or null for an anonymous call
     * @param headers further headers as name, value pairs
     */
    public <T> HttpResponse<T> post(String path, String auth, String contentType, String body, HttpResponse.BodyHandler<T> handler,
            String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(timeout)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) b.header("Authorization", auth);
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.build(), handler);
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    @Override
    public void close() throws Exception {
        if (server != null) server.stop();
        if (services != null) services.close();
    }
}
