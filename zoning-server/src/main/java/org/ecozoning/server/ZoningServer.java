package org.ecozoning.server;

import java.net.BindException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.eclipse.jetty.util.VirtualThreads;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: Jetty 12 (core API, no servlets) running every request on a virtual thread, with a
 * compact request log, gzip for text responses, request limits, RFC 9457 errors and a graceful stop.
 * Services are {@link Route}s of container-neutral handlers; {@code /} (landing page) and
 * {@code /health} are always mounted.
 *
 * <pre>{@code
 * ZoningServer server = ZoningServer.builder(ServerConfig.defaults(workspace).withPort(0))
 *         .route(Route.prefix("/wms", wms).listed("网络地图服务", "Web Map Service", "...", "..."))
 *         .build()
 *         .start();
 * URI uri = server.uri();      // http://localhost:PORT/
 * server.stop();               // waits up to limits.stopTimeout for running requests
 * }</pre>
 *
 * Handler chain: graceful shutdown → concurrency limit (QoS) → gzip → router.
 */
public final class ZoningServer {

    private static final Logger LOG = LoggerFactory.getLogger(ZoningServer.class);

    /** Logger name of the request log (one line per request). */
    public static final String REQUEST_LOGGER = "org.ecozoning.request";
    /** Request log line: client, request line, status, bytes sent, milliseconds. */
    static final String REQUEST_LOG_FORMAT = "%{client}a \"%r\" %s %O %{ms}Tms";

    private final ServerConfig config;
    private final RouteTable routes;
    private final Server jetty;
    private final ServerConnector connector;
    private final AtomicReference<Instant> startedAt;

    private ZoningServer(ServerConfig config, List<Route> allRoutes, AtomicReference<Instant> startedAt) {
        this.config = config;
        this.startedAt = startedAt;
        this.routes = new RouteTable(allRoutes);
        ServerConfig.Limits limits = config.limits();

        QueuedThreadPool threads = new QueuedThreadPool(32, 4);
        threads.setName("ecozoning");
        threads.setVirtualThreadsExecutor(VirtualThreads.getNamedVirtualThreadsExecutor("ecozoning-request-"));
        jetty = new Server(threads);

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(limits.maxRequestHeaderBytes());
        if (config.forwardedHeaders()) {
            http.addCustomizer(new ForwardedRequestCustomizer());
        }
        connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        connector.setHost(config.bind());
        connector.setPort(config.port());
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        jetty.addConnector(connector);

        GzipHandler gzip = new GzipHandler(new Router(routes, limits.maxRequestBodyBytes()));
        // Defaults already skip images other than SVG, audio, video and archives; also skip binary streams.
        gzip.addExcludedMimeTypes("application/octet-stream", "application/pdf", "application/zip",
                "application/x-protobuf", "application/vnd.mapbox-vector-tile");
        QoSHandler qos = new QoSHandler(gzip);
        qos.setMaxRequestCount(limits.maxConcurrentRequests());
        jetty.setHandler(new GracefulHandler(qos));

        jetty.setErrorHandler(new ProblemErrorHandler());
        Slf4jRequestLogWriter logWriter = new Slf4jRequestLogWriter();
        logWriter.setLoggerName(REQUEST_LOGGER);
        jetty.setRequestLog(new CustomRequestLog(logWriter, REQUEST_LOG_FORMAT));
        jetty.setStopTimeout(limits.stopTimeout().toMillis());
        jetty.setStopAtShutdown(true);
    }

    /**
     * @param config the configuration
     * @return a builder; {@code /} and {@code /health} are added by {@link Builder#build()}
     */
    public static Builder builder(ServerConfig config) {
        return new Builder(config);
    }

    /**
     * Starts listening.
     *
     * @return this server
     * @throws UserFacingException when the address cannot be bound (port in use, unknown address) or
     *                             Jetty fails to start
     */
    public ZoningServer start() {
        try {
            jetty.start();
        } catch (Exception e) {
            stopQuietly();
            String where = config.bind() + ":" + config.port();
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof BindException) {
                    throw new UserFacingException("无法监听 " + where + "（端口已被占用或地址不可用）/ Cannot listen on "
                            + where + " (port already in use or address not available)", e);
                }
            }
            throw new UserFacingException("服务器启动失败 / The server failed to start on " + where + ": " + e.getMessage(), e);
        }
        startedAt.set(Instant.now());
        LOG.info("ecozoning {} 已启动 / started on {} (workspace {})", ZoningVersion.get(), uri(), config.workspace());
        return this;
    }

    /**
     * Stops gracefully: stops accepting connections, lets running requests finish for up to
     * {@code limits.stopTimeout}, then closes.
     *
     * @throws Exception when Jetty fails to stop
     */
    public void stop() throws Exception {
        jetty.stop();
        LOG.info("ecozoning 已停止 / stopped");
    }

    /**
     * Blocks until the server has stopped (e.g. by Ctrl-C, which triggers a graceful stop).
     *
     * @throws InterruptedException when interrupted while waiting
     */
    public void join() throws InterruptedException {
        jetty.join();
    }

    /** @return whether the server is started and not stopping */
    public boolean isRunning() {
        return jetty.isStarted();
    }

    /** @return the actual port (useful with port 0), or -1 before start */
    public int port() {
        return connector.getLocalPort();
    }

    /**
     * @return the root URL to print for people: {@code localhost} when bound to all interfaces, e.g.
     *         {@code http://localhost:8080/}
     */
    public URI uri() {
        String bind = config.bind();
        String host = switch (bind) {
            case "0.0.0.0", "::", "[::]", "0:0:0:0:0:0:0:0" -> "localhost";
            default -> bind.indexOf(':') >= 0 && !bind.startsWith("[") ? "[" + bind + "]" : bind;
        };
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** @return the routes in mount order, including {@code /} and {@code /health} */
    public List<Route> routes() {
        return routes.routes();
    }

    /** @return the configuration the server was built with */
    public ServerConfig config() {
        return config;
    }

    private void stopQuietly() {
        try {
            jetty.stop();
        } catch (Exception ignored) {
            // already failing; the start error is what matters
        }
    }

    /** Collects routes and health contributors, then adds the landing page and /health. */
    public static final class Builder {
        private final ServerConfig config;
        private final List<Route> routes = new ArrayList<>();
        private final List<HealthContributor> contributors = new ArrayList<>();
        private Clock clock = Clock.systemUTC();

        private Builder(ServerConfig config) {
            this.config = Objects.requireNonNull(config, "config");
        }

        /**
         * @param route a service to mount
         * @return this builder
         */
        public Builder route(Route route) {
            routes.add(Objects.requireNonNull(route, "route"));
            return this;
        }

        /**
         * @param more services to mount, in order
         * @return this builder
         */
        public Builder routes(Collection<Route> more) {
            more.forEach(this::route);
            return this;
        }

        /**
         * @param contributor a section of /health
         * @return this builder
         */
        public Builder healthContributor(HealthContributor contributor) {
            contributors.add(Objects.requireNonNull(contributor, "contributor"));
            return this;
        }

        /**
         * @param more sections of /health, in order
         * @return this builder
         */
        public Builder healthContributorsFrom(Collection<HealthContributor> more) {
            more.forEach(this::healthContributor);
            return this;
        }

        /**
         * @param newClock clock for the uptime (tests)
         * @return this builder
         */
        public Builder clock(Clock newClock) {
            this.clock = Objects.requireNonNull(newClock, "clock");
            return this;
        }

        /**
         * @return the server, not started
         * @throws IllegalArgumentException when two routes claim the same path (including / and /health)
         */
        public ZoningServer build() {
            AtomicReference<Instant> startedAt = new AtomicReference<>();
            List<Route> all = new ArrayList<>(routes);
            all.add(Route.exact("/health", new HealthHandler(startedAt::get, clock, contributors))
                    .listed("健康检查", "Health check", "服务状态、版本与运行时长（JSON）",
                            "Status, version and uptime (JSON)"));
            List<ServiceEntry> listed = all.stream().flatMap(r -> r.entry().stream()).toList();
            // a service mounted at "/" (the portal) takes the root; the landing page then lives at /about
            boolean rootTaken = routes.stream().anyMatch(r -> r.match() == Route.Match.EXACT && r.path().equals("/"));
            all.add(Route.exact(rootTaken ? "/about" : "/", new LandingPage(listed, ZoningVersion.get())));
            return new ZoningServer(config, all, startedAt);
        }
    }
}
