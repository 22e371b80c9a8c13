package org.ecozoning.ogc.wps;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.ecozoning.compliance.ComplianceEngine;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.ogc.common.OgcHandler;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.processes.EngineLookup;
import org.ecozoning.ogc.processes.JobService;
import org.ecozoning.ogc.processes.MemoryJobStore;
import org.ecozoning.ogc.processes.ProcessLimits;
import org.ecozoning.ogc.processes.ProcessRegistry;
import org.ecozoning.scheme.Scheme;
import org.ecozoning.scheme.SchemeFiles;

/** The sample Shanxi scheme, a process registry and job service over it, built once for the WPS and OGC API tests. */
public final class WpsTestSupport {
    public static final Path ROOT = Files.exists(Path.of("../workspace")) ? Path.of("..") : Path.of(".");
    private static ComplianceEngine engine;
    private static ProcessRegistry registry;
    private static JobService jobs;

    private WpsTestSupport() { }

    public static synchronized ComplianceEngine engine() {
        if (engine == null) {
            Scheme s = SchemeFiles.load(ROOT.resolve("workspace/sample"));
            engine = new ComplianceEngine(s, IndustryCatalog.gbt4754());
        }
        return engine;
    }

    public static ProcessLimits limits() {
        return ProcessLimits.DEFAULTS.withTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(120)).withBatch(8L * 1024 * 1024, 1_000);
    }

    public static synchronized ProcessRegistry registry() {
        if (registry == null) registry = ProcessRegistry.standard(EngineLookup.current(WpsTestSupport::engine), ROOT.resolve("styles"), limits());
        return registry;
    }

    public static synchronized JobService jobs() {
        if (jobs == null) jobs = new JobService(new MemoryJobStore(), limits());
        return jobs;
    }

    public static WpsHandler wps() { return new WpsHandler(registry(), jobs(), WpsConfig.DEFAULTS); }

    /** A loopback JDK HTTP server mounting handlers by path prefix (for OWSLib runs), on a port of 18900–18919. */
    public static HttpServer serve(java.util.Map<String, OgcHandler> mounts) throws IOException {
        IOException last = null;
        for (int port = 18900; port <= 18919; port++) {
            try {
                HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
                for (var m : mounts.entrySet()) {
                    String mount = m.getKey();
                    OgcHandler h = m.getValue();
                    s.createContext(mount, ex -> {
                        String sub = ex.getRequestURI().getRawPath().substring(mount.length());
                        OgcRequest.Builder b = OgcRequest.builder(ex.getRequestMethod(), sub.isEmpty() ? "/" : sub)
                                .query(ex.getRequestURI().getRawQuery()).baseUrl("http://127.0.0.1:" + ex.getLocalAddress().getPort())
                                .body(ex.getRequestBody().readAllBytes());
                        ex.getRequestHeaders().forEach((k, v) -> b.header(k, v.get(0)));
                        OgcResponse resp = h.handle(b.build());
                        byte[] body = resp.bodyBytes();
                        if (resp.contentType() != null) ex.getResponseHeaders().set("Content-Type", resp.contentType());
                        resp.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
                        ex.sendResponseHeaders(resp.status(), body.length == 0 ? -1 : body.length);
                        try (OutputStream os = ex.getResponseBody()) {
                            os.write(body);
                        }
                    });
                }
                s.start();
                return s;
            } catch (java.net.BindException e) {
                last = e;
            }
        }
        throw last;
    }
}
