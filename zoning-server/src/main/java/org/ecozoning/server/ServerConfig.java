package org.ecozoning.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the HTTP shell needs to start: where to listen, which workspace to serve and the limits
 * that protect the server. Defaults, then {@code workspace/server.properties} ({@link ServerConfigFile}),
 * then command-line flags; the result is validated here.
 *
 * @param bind             address to listen on ({@code 0.0.0.0} = all IPv4 interfaces)
 * @param port             TCP port, 0 = any free port
 * @param workspace        workspace directory (configuration, rules, data)
 * @param forwardedHeaders trust {@code Forwarded} / {@code X-Forwarded-*} headers from a reverse proxy
 * @param limits           request and lifecycle limits
 * @param storeUrl         JDBC URL of the scheme store, or null for the embedded store of the workspace
 * @param saveAssessments  keep every single-site assessment in the store (default true; {@code assessments.save})
 * @param jobs             processing jobs: where they are kept, how long, batch limits
 */
public record ServerConfig(String bind, int port, Path workspace, boolean forwardedHeaders, Limits limits,
                           String storeUrl, boolean saveAssessments, Jobs jobs) {

    /** Default port. */
    public static final int DEFAULT_PORT = 8080;
    /** Default bind address: all interfaces. */
    public static final String DEFAULT_BIND = "0.0.0.0";

    /** Validates. */
    public ServerConfig {
        if (bind == null || bind.isBlank()) {
            throw new ConfigException("监听地址不能为空 / The bind address must not be empty");
        }
        if (port < 0 || port > 65535) {
            throw new ConfigException("端口必须在 0 到 65535 之间 / The port must be between 0 and 65535, got " + port);
        }
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(limits, "limits");
        if (jobs == null) {
            jobs = Jobs.DEFAULTS;
        }
    }

    /** As before the jobs settings existed: default jobs settings. */
    public ServerConfig(String bind, int port, Path workspace, boolean forwardedHeaders, Limits limits, String storeUrl,
                        boolean saveAssessments) {
        this(bind, port, workspace, forwardedHeaders, limits, storeUrl, saveAssessments, Jobs.DEFAULTS);
    }

    /**
     * @param newJobs jobs settings
     * @return a copy with those settings
     */
    public ServerConfig withJobs(Jobs newJobs) {
        return new ServerConfig(bind, port, workspace, forwardedHeaders, limits, storeUrl, saveAssessments, newJobs);
    }

    /**
     * Processing jobs (WPS and OGC API – Processes) and the batch limits.
     *
     * @param store            {@code memory} (jobs die with the server) or {@code database} (the scheme store's database:
     *                         status survives restarts and is shared by servers over the same PostGIS)
     * @param ttl              how long a finished job (status and result) is kept
     * @param maxBatchBytes    largest execute request body (the batch's collection inline); FileSizeExceeded / 413 beyond
     * @param maxBatchFeatures most features in one batch
     * @param spoolThreshold   bodies and inputs larger than this go to files under {@code var/spool/} instead of the heap
     * @param runTimeout       how long one job may run (a 100,000-feature batch takes minutes)
     */
    public record Jobs(String store, Duration ttl, long maxBatchBytes, int maxBatchFeatures, long spoolThreshold, Duration runTimeout) {
        /** memory, 24 h, 256 MiB, 200,000 features, 1 MiB, 10 min. */
        public static final Jobs DEFAULTS = new Jobs("memory", Duration.ofHours(24), 256L << 20, 200_000, 1L << 20, Duration.ofMinutes(10));

        /** Validates. */
        public Jobs {
            if (!"memory".equals(store) && !"database".equals(store)) {
                throw new ConfigException("jobs.store 应为 memory 或 database / jobs.store must be memory or database, got " + store);
            }
            Objects.requireNonNull(ttl, "ttl");
            Objects.requireNonNull(runTimeout, "runTimeout");
            if (ttl.isNegative() || ttl.isZero() || runTimeout.isNegative() || runTimeout.isZero()) {
                throw new ConfigException("jobs.ttl 与 jobs.runTimeout 必须为正 / jobs.ttl and jobs.runTimeout must be positive");
            }
            if (maxBatchBytes <= 0 || maxBatchFeatures <= 0 || spoolThreshold < 0) {
                throw new ConfigException("batch.maxBytes、batch.maxFeatures 必须为正 / batch.maxBytes and batch.maxFeatures must be positive");
            }
        }

        /** Whether jobs are kept in the database. */
        public boolean database() {
            return store.equals("database");
        }
    }

    /**
     * @param workspace the workspace directory
     * @return the defaults: {@code 0.0.0.0:8080}, no proxy headers, default limits
     */
    public static ServerConfig defaults(Path workspace) {
        return new ServerConfig(DEFAULT_BIND, DEFAULT_PORT, workspace, false, Limits.DEFAULTS, null, true);
    }

    /**
     * @param newBind address to listen on
     * @return a copy with that bind address
     */
    public ServerConfig withBind(String newBind) {
        return new ServerConfig(newBind, port, workspace, forwardedHeaders, limits, storeUrl, saveAssessments, jobs);
    }

    /**
     * @param newPort port, 0 = any free port
     * @return a copy with that port
     */
    public ServerConfig withPort(int newPort) {
        return new ServerConfig(bind, newPort, workspace, forwardedHeaders, limits, storeUrl, saveAssessments, jobs);
    }

    /**
     * @param newWorkspace workspace directory
     * @return a copy with that workspace
     */
    public ServerConfig withWorkspace(Path newWorkspace) {
        return new ServerConfig(bind, port, newWorkspace, forwardedHeaders, limits, storeUrl, saveAssessments, jobs);
    }

    /**
     * @param trust whether to trust proxy headers
     * @return a copy with that setting
     */
    public ServerConfig withForwardedHeaders(boolean trust) {
        return new ServerConfig(bind, port, workspace, trust, limits, storeUrl, saveAssessments, jobs);
    }

    /**
     * @param newLimits limits
     * @return a copy with those limits
     */
    public ServerConfig withLimits(Limits newLimits) {
        return new ServerConfig(bind, port, workspace, forwardedHeaders, newLimits, storeUrl, saveAssessments, jobs);
    }

    /**
     * @param url JDBC URL of the scheme store ({@code jdbc:h2:…} or {@code jdbc:postgresql:…}), null = embedded default
     * @return a copy with that store
     */
    public ServerConfig withStoreUrl(String url) {
        return new ServerConfig(bind, port, workspace, forwardedHeaders, limits, url == null || url.isBlank() ? null : url, saveAssessments, jobs);
    }

    /**
     * @param save whether to keep every single-site assessment in the store
     * @return a copy with that setting
     */
    public ServerConfig withSaveAssessments(boolean save) {
        return new ServerConfig(bind, port, workspace, forwardedHeaders, limits, storeUrl, save, jobs);
    }

    /**
     * Limits that keep one client from exhausting the server.
     *
     * @param maxRequestBodyBytes    largest accepted request body (413 beyond)
     * @param maxRequestHeaderBytes  largest request line + headers (431/414 beyond); long WMS GET URLs need room
     * @param maxConcurrentRequests  requests handled at once; more wait, then get 503
     * @param idleTimeout            idle connection timeout
     * @param stopTimeout            how long a graceful stop waits for running requests
     */
    public record Limits(long maxRequestBodyBytes, int maxRequestHeaderBytes, int maxConcurrentRequests,
                         Duration idleTimeout, Duration stopTimeout) {

        /** 16 MiB bodies, 64 KiB headers, 256 concurrent requests, 30 s idle, 10 s graceful stop. */
        public static final Limits DEFAULTS = new Limits(16L << 20, 64 << 10, 256, Duration.ofSeconds(30),
                Duration.ofSeconds(10));

        /** Validates. */
        public Limits {
            positive("limits.maxRequestBodyBytes", maxRequestBodyBytes);
            positive("limits.maxRequestHeaderBytes", maxRequestHeaderBytes);
            positive("limits.maxConcurrentRequests", maxConcurrentRequests);
            Objects.requireNonNull(idleTimeout, "idleTimeout");
            Objects.requireNonNull(stopTimeout, "stopTimeout");
            positive("limits.idleTimeoutSeconds", idleTimeout.toMillis());
            if (stopTimeout.isNegative()) {
                throw new ConfigException("limits.stopTimeoutSeconds 不能为负数 / must not be negative");
            }
        }

        private static void positive(String key, long value) {
            if (value <= 0) {
                throw new ConfigException(key + " 必须为正数 / must be positive, got " + value);
            }
        }
    }
}
