package org.ecozoning.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.ecozoning.ogc.common.OgcHandler;
import org.ecozoning.ogc.common.ServiceMetadata;
import org.ecozoning.ogc.features.FeaturesConfig;
import org.ecozoning.ogc.features.FeaturesHandler;
import org.ecozoning.ogc.wfs.WfsConfig;
import org.ecozoning.ogc.wfs.WfsHandler;
import org.ecozoning.server.scheme.EngineWarmUp;
import org.ecozoning.server.scheme.SchemeHealth;
import org.ecozoning.server.scheme.SchemeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The services that {@code zoning serve} mounts besides {@code /} and {@code /health}: the one place
 * where a new service is wired in, one line each in {@link #routes()} (and one in {@link #ows()}
 * for a KVP service reachable through {@code /ows}). Listed routes appear on the landing page
 * automatically. Owns the {@link SchemeService} (store, version in force) the services read.
 */
public final class MountedServices implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MountedServices.class);

    private final ServerConfig config;
    private final SchemeService scheme;
    private final SwappingHandler wfs;
    private final OgcHandler features;
    private final org.ecozoning.ogc.processes.JobService jobs;
    private final org.ecozoning.ogc.wps.WpsHandler wps;
    private final org.ecozoning.ogc.wps.WpsHandler owsWps;
    private final OgcHandler ogcapi;
    private final org.ecozoning.server.auth.Security security;
    private final OgcHandler guardedWfs;
    private final OgcHandler guardedOgcapi;

    private MountedServices(ServerConfig config, SchemeService scheme, org.ecozoning.server.auth.Security security) {
        this.config = config;
        this.scheme = scheme;
        this.security = security;
        var views = security.views();
        Path services = config.workspace().resolve("services.json");
        ServiceMetadata wfsMeta = metadata(services, "wfs");
        ServiceMetadata apiMeta = metadata(services, "ogcapi");
        this.wfs = new SwappingHandler(scheme::current,
                catalog -> new WfsHandler(WfsConfig.of(catalog).withMetadata(wfsMeta).withEndpointPath("/wfs")));
        this.features = new FeaturesHandler(FeaturesConfig.of(scheme.current()).withVersions(scheme)
                .withMetadata(apiMeta).withEndpointPath("/ogcapi"));
        var limits = org.ecozoning.ogc.processes.ProcessLimits.DEFAULTS;
        var registry = org.ecozoning.ogc.processes.ProcessRegistry.standard(
                new org.ecozoning.server.scheme.StoreEngineLookup(scheme), stylesDir(config), limits);
        this.jobs = new org.ecozoning.ogc.processes.JobService(new org.ecozoning.ogc.processes.MemoryJobStore(), limits);
        this.wps = new org.ecozoning.ogc.wps.WpsHandler(registry, jobs, org.ecozoning.ogc.wps.WpsConfig.DEFAULTS);
        this.owsWps = new org.ecozoning.ogc.wps.WpsHandler(registry, jobs,
                org.ecozoning.ogc.wps.WpsConfig.DEFAULTS.withMountPath("/ows"));
        var processes = new org.ecozoning.ogc.processes.ProcessesHandler(registry, jobs, "/ogcapi");
        this.ogcapi = org.ecozoning.ogc.processes.ProcessesHandler.compose(features, processes);
        // rights: anonymous and enterprise callers get the services over the public view of the catalog
        SwappingHandler publicWfs = new SwappingHandler(() -> views.publicView(scheme.current()),
                catalog -> new WfsHandler(WfsConfig.of(catalog).withMetadata(wfsMeta).withEndpointPath("/wfs")));
        this.guardedWfs = layerGuard(org.ecozoning.server.auth.LayerGuard.Protocol.OWS, publicWfs, wfs);
        OgcHandler publicFeatures = new FeaturesHandler(FeaturesConfig.of(views.publicView(scheme.current()))
                .withVersions(views.publicSelector(scheme)).withMetadata(apiMeta).withEndpointPath("/ogcapi"));
        this.guardedOgcapi = layerGuard(org.ecozoning.server.auth.LayerGuard.Protocol.API,
                org.ecozoning.ogc.processes.ProcessesHandler.compose(publicFeatures, processes), ogcapi);
    }

    /**
     * A layer service with rights: staff get {@code staffHandler} (full catalog), others
     * {@code publicHandler} (public view); direct requests for staff layers are refused. A new layer
     * service (WMS) is wired the same way.
     */
    OgcHandler layerGuard(org.ecozoning.server.auth.LayerGuard.Protocol protocol, OgcHandler publicHandler, OgcHandler staffHandler) {
        return new org.ecozoning.server.auth.LayerGuard(security.views(), scheme::current, protocol, publicHandler, staffHandler);
    }

    /** The SLD folder: {@code styles/} beside the workspace (the repository layout), else inside it. */
    static Path stylesDir(ServerConfig config) {
        Path parent = config.workspace().toAbsolutePath().getParent();
        Path beside = parent == null ? null : parent.resolve("styles");
        return beside != null && Files.isDirectory(beside) ? beside : config.workspace().resolve("styles");
    }

    /**
     * Opens the scheme store (bootstrapping it from the workspace sample when empty), loads the
     * version in force and builds the services.
     *
     * @param config the resolved configuration
     * @return the services; close them after the server stopped
     */
    public static MountedServices open(ServerConfig config) {
        SchemeService scheme = SchemeService.open(config.workspace(), config.storeUrl());
        try {
            var security = org.ecozoning.server.auth.Security.open(scheme.store(), config.workspace(),
                    java.time.Clock.systemUTC(), bcryptCost(), System.getenv(org.ecozoning.server.auth.BootstrapAdmin.ENV));
            security.generatedAdminPassword().ifPresent(pw -> System.out.println(
                    "已创建管理员账户 admin，初始密码（仅显示一次）/ created administrator \"admin\"; initial password (shown once): " + pw));
            return new MountedServices(config, scheme, security);
        } catch (RuntimeException e) {
            scheme.close();
            throw e;
        }
    }

    /** BCrypt cost: system property {@code ecozoning.bcrypt.cost} (tests use 4), else the default. */
    static int bcryptCost() {
        return Integer.getInteger("ecozoning.bcrypt.cost", org.ecozoning.server.auth.PasswordHasher.DEFAULT_COST);
    }

    /** @return the security pieces (accounts, sessions, policy) */
    public org.ecozoning.server.auth.Security security() {
        return security;
    }

    /** @return the routes to mount, in landing-page order */
    public List<Route> routes() {
        List<Route> routes = new java.util.ArrayList<>();
        for (Route r : org.ecozoning.server.portal.Portal.routes(() -> scheme.loaded().scheme())) {
            routes.add(r.path().equals("/api") ? security.authenticatedAndLimited(r) : security.authenticated(r));
        }
        List<Route> services = List.of(
                Route.prefix("/wfs", guardedWfs).listed("网络要素服务（WFS）", "Web Feature Service",
                        "WFS 2.0.0 / 1.1.0：管控单元、要素管控分区、县级行政区", "Control units, element zones, counties as WFS 2.0.0 / 1.1.0"),
                Route.prefix("/ogcapi", guardedOgcapi).listed("OGC API – 要素与处理", "OGC API – Features and Processes",
                        "GeoJSON 与 HTML，按坐标系、CQL2 过滤，按日期选择方案版本；符合性研判处理（同步/异步作业）",
                        "GeoJSON and HTML, CRS selection, CQL2 filters, scheme version by date; compliance processes (sync/async jobs)"),
                Route.prefix("/wps", wps).listed("网络处理服务（WPS）", "Web Processing Service",
                        "WPS 1.0.0：符合性智能研判、批量研判、单元查询", "WPS 1.0.0: admission compliance, batch compliance, units at a place"),
                Route.prefix("/ows", ows()).listed("OWS 综合端点", "Combined OWS endpoint",
                        "按 SERVICE 参数分派（WFS、WPS）", "Dispatches on the SERVICE parameter (WFS, WPS)"),
                Route.prefix("/admin", new org.ecozoning.server.auth.AdminApi(scheme::store, security.users(), scheme::refresh))
                        .listed("工作人员与管理接口", "Staff and administration API",
                                "版本列表、审计记录；备案、发布、用户（需登录）", "Versions, audit trail; file, publish, users (login required)"));
        // anonymous compliance requests (WPS, OGC API processes, /ows Execute or POST) are rate-limited
        services.forEach(r -> routes.add(r.path().equals("/wfs") || r.path().equals("/admin")
                ? security.authenticated(r) : security.authenticatedAndLimited(r)));
        routes.add(Route.prefix("/auth", new org.ecozoning.server.auth.AuthApi(security.authenticator())));
        return routes;
    }

    /** @return the {@code /ows} endpoint: one line per KVP service */
    OwsDispatcher ows() {
        return new OwsDispatcher()
                .service("WFS", guardedWfs)
                .service("WPS", owsWps);
    }

    /** @return the extra sections of /health */
    public List<HealthContributor> healthContributors() {
        return List.of(new SchemeHealth(scheme));
    }

    /** @return the WFS endpoint (over the version in force) */
    public SwappingHandler wfsHandler() {
        return wfs;
    }

    /** @return the scheme service (version in force, store) */
    public SchemeService scheme() {
        return scheme;
    }

    /**
     * Called once the server answers: starts watching the store for newly published versions and
     * warms the compliance engine up on a virtual thread.
     *
     * @param pollEvery how often to ask the store for a new published version
     * @param warmUps   number of warm-up assessments (0 = none)
     */
    public void afterStart(Duration pollEvery, int warmUps) {
        scheme.watch(pollEvery);
        if (warmUps > 0) {
            Thread.ofVirtual().name("ecozoning-warmup").start(() -> {
                try {
                    EngineWarmUp.run(scheme.loaded().engine(), warmUps);
                } catch (RuntimeException e) {
                    LOG.warn("预热失败 / warm-up failed: {}", e.toString());
                }
            });
        }
    }

    @Override
    public void close() {
        jobs.close();
        scheme.close();
    }

    private static ServiceMetadata metadata(Path file, String service) {
        if (!Files.isRegularFile(file)) {
            return ServiceMetadata.defaults(service);
        }
        try {
            return ServiceMetadata.load(file, service);
        } catch (IOException | RuntimeException e) {
            throw new ConfigException("无法读取服务元数据 / Cannot read service metadata " + file + ": " + e.getMessage());
        }
    }

    ServerConfig config() {
        return config;
    }
}
