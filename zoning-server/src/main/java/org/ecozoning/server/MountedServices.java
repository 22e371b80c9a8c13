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
import org.ecozoning.ogc.wfs.StoredQueryRegistry;
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
    private final org.ecozoning.ogc.processes.JobStore jobStore;
    private final org.ecozoning.ogc.wps.WpsHandler wps;
    private final org.ecozoning.ogc.wps.WpsHandler owsWps;
    private final OgcHandler ogcapi;
    private final OgcHandler wms;
    private final org.ecozoning.server.assist.SuggesterHolder suggester = new org.ecozoning.server.assist.SuggesterHolder();
    private final org.ecozoning.server.auth.Security security;
    private final OgcHandler guardedWfs;
    private final OgcHandler guardedOgcapi;
    private final OgcHandler guardedWms;
    private final org.ecozoning.ogc.report.ReportRenderer reports;
    private final org.ecozoning.ogc.processes.AssessmentRecorder recorder;

    private MountedServices(ServerConfig config, SchemeService scheme, org.ecozoning.server.auth.Security security) {
        this.config = config;
        this.scheme = scheme;
        this.security = security;
        var views = security.views();
        Path services = config.workspace().resolve("services.json");
        ServiceMetadata wfsMeta = metadata(services, "wfs");
        ServiceMetadata apiMeta = metadata(services, "ogcapi");
        // one registry for every scheme version, so queries made with CreateStoredQuery survive a version switch
        StoredQueryRegistry storedQueries = new StoredQueryRegistry();
        this.wfs = new SwappingHandler(scheme::current, catalog -> new WfsHandler(WfsConfig.of(catalog).withMetadata(wfsMeta)
                .withEndpointPath("/wfs").withStoredQueries(storedQueries)));
        this.features = new FeaturesHandler(FeaturesConfig.of(scheme.current()).withVersions(scheme)
                .withMetadata(apiMeta).withEndpointPath("/ogcapi"));
        ServiceMetadata wmsMeta = metadata(services, "wms");
        this.wms = wms(config, scheme, wmsMeta);
        this.guardedWms = layerGuard(org.ecozoning.server.auth.LayerGuard.Protocol.WMS,
                wms(config, views.publicSelector(scheme), wmsMeta), wms);
        ServerConfig.Jobs jobsConfig = config.jobs();
        Path spoolDir = config.workspace().resolve("var").resolve("spool");
        var limits = org.ecozoning.ogc.processes.ProcessLimits.DEFAULTS
                .withBatch(jobsConfig.maxBatchBytes(), jobsConfig.maxBatchFeatures())
                .withRetention(jobsConfig.ttl())
                .withTimeouts(org.ecozoning.ogc.processes.ProcessLimits.DEFAULTS.queueTimeout(), jobsConfig.runTimeout())
                .withSpool(new org.ecozoning.ogc.processes.SpoolArea(spoolDir, jobsConfig.spoolThreshold()));
        // files older than any job could still use: leftovers of a server that stopped abruptly
        limits.spool().sweep(jobsConfig.ttl().plus(limits.runTimeout()).plus(limits.queueTimeout()));
        this.jobStore = jobsConfig.database()
                ? new org.ecozoning.server.jobs.DatabaseJobStore(org.ecozoning.store.SchemeStores.access(scheme.store()),
                        org.ecozoning.ogc.wps.JobRequests.codec(), spoolDir)
                : new org.ecozoning.ogc.processes.MemoryJobStore();
        // every single-site assessment (portal, WPS, OGC API) is saved unless assessments.save=false
        this.reports = org.ecozoning.ogc.report.ReportRenderer.load(stylesDir(config));
        this.recorder = new org.ecozoning.server.assessments.StoreAssessmentRecorder(scheme, config.saveAssessments());
        var registry = org.ecozoning.ogc.processes.ProcessRegistry.standard(
                new org.ecozoning.server.scheme.StoreEngineLookup(scheme, roles -> views.policy().seesAll(roles)), reports, limits,
                new org.ecozoning.server.assist.SuggesterInference(suggester), recorder);
        this.jobs = new org.ecozoning.ogc.processes.JobService(jobStore, limits);
        this.wps = new org.ecozoning.ogc.wps.WpsHandler(registry, jobs, org.ecozoning.ogc.wps.WpsConfig.DEFAULTS);
        this.owsWps = new org.ecozoning.ogc.wps.WpsHandler(registry, jobs,
                org.ecozoning.ogc.wps.WpsConfig.DEFAULTS.withMountPath("/ows"));
        var processes = new org.ecozoning.ogc.processes.ProcessesHandler(registry, jobs, "/ogcapi");
        this.ogcapi = org.ecozoning.ogc.processes.ProcessesHandler.compose(features, processes);
        // rights: anonymous and enterprise callers get the services over the public view of the catalog
        SwappingHandler publicWfs = new SwappingHandler(() -> views.publicView(scheme.current()),
                catalog -> new WfsHandler(WfsConfig.of(catalog).withMetadata(wfsMeta).withEndpointPath("/wfs")
                        .withStoredQueries(storedQueries)));
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

    /** WMS over the version in force (each request reads it through the selector), with CQL_FILTER. */
    private static OgcHandler wms(ServerConfig config, org.ecozoning.ogc.common.VersionSelector scheme, ServiceMetadata meta) {
        var fonts = org.ecozoning.render.FontCatalog.withFolder(config.workspace().resolve("fonts"));
        fonts.warmUp();
        var crs = new org.ecozoning.ogc.common.Proj4jCrsSupport();
        var cfg = org.ecozoning.ogc.wms.WmsConfig.of(scheme, org.ecozoning.render.sld.StyleLibrary.load(stylesDir(config)), fonts)
                .withMetadata(meta)
                .withEndpointPath("/wms")
                .withLayerStyles(org.ecozoning.server.tracking.TrackingLayers.WMS_STYLES)
                .withCqlParser((type, text) -> new org.ecozoning.ogc.features.Cql2TextParser(type, crs, crs.parse("CRS:84")).parse(text));
        return new org.ecozoning.ogc.wms.WmsHandler(cfg);
    }

    /**
     * The SLD folder: the system property {@code ecozoning.styles} if set, else the first of
     * {@code styles/} beside the workspace (the repository layout), inside it, under the launcher's
     * home ({@code ecozoning.home}), or beside the working directory.
     */
    static Path stylesDir(ServerConfig config) {
        String explicit = System.getProperty("ecozoning.styles");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        Path ws = config.workspace().toAbsolutePath();
        List<Path> candidates = new java.util.ArrayList<>();
        if (ws.getParent() != null) {
            candidates.add(ws.getParent().resolve("styles"));
        }
        candidates.add(ws.resolve("styles"));
        String home = System.getProperty(org.ecozoning.server.cli.ServeCommand.HOME_PROPERTY);
        if (home != null) {
            candidates.add(Path.of(home, "styles"));
        }
        candidates.add(Path.of("styles").toAbsolutePath());
        candidates.add(Path.of("..", "styles").toAbsolutePath().normalize());
        for (Path c : candidates) {
            if (Files.isRegularFile(c.resolve("control_units.sld"))) {
                return c;
            }
        }
        throw new ConfigException("找不到 SLD 样式目录（需含 control_units.sld），已查找 " + candidates
                + " / Cannot find the SLD styles folder (with control_units.sld); looked in " + candidates
                + "; set -Decozoning.styles=DIR");
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
        for (Route r : org.ecozoning.server.portal.Portal.routes(() -> scheme.loaded().scheme(),
                org.ecozoning.industry.IndustryCatalog.gbt4754(), suggester, recorder)) {
            if (r.path().equals("/api")) {
                // clause search over any version for staff (version parameter); the rest of the API as it is
                Route versioned = r.wrapped(h -> new org.ecozoning.server.staff.VersionedClauseSearch(h, scheme,
                        org.ecozoning.industry.IndustryCatalog.gbt4754(), suggester));
                routes.add(security.authenticatedAndLimited(versioned));
            } else {
                routes.add(security.authenticated(r));
            }
        }
        List<Route> services = List.of(
                Route.prefix("/wms", guardedWms).listed("网络地图服务（WMS）", "Web Map Service",
                        "WMS 1.3.0 / 1.1.1：SLD 样式渲染的管控单元与要素分区地图、要素查询、图例",
                        "Maps of units and zones styled with SLD, feature info and legends (WMS 1.3.0 / 1.1.1)"),
                Route.prefix("/wfs", guardedWfs).listed("网络要素服务（WFS）", "Web Feature Service",
                        "WFS 2.0.0 / 1.1.0：管控单元、要素管控分区、县级行政区", "Control units, element zones, counties as WFS 2.0.0 / 1.1.0"),
                Route.prefix("/ogcapi", guardedOgcapi).listed("OGC API – 要素与处理", "OGC API – Features and Processes",
                        "GeoJSON 与 HTML，按坐标系、CQL2 过滤，按日期选择方案版本；符合性研判处理（同步/异步作业）",
                        "GeoJSON and HTML, CRS selection, CQL2 filters, scheme version by date; compliance processes (sync/async jobs)")
                        .bodyLimit(batchBodyLimit()),
                Route.prefix("/wps", wps).listed("网络处理服务（WPS）", "Web Processing Service",
                        "WPS 1.0.0：符合性智能研判、批量研判、单元查询", "WPS 1.0.0: admission compliance, batch compliance, units at a place")
                        .bodyLimit(batchBodyLimit()),
                Route.prefix("/ows", ows()).listed("OWS 综合端点", "Combined OWS endpoint",
                        "按 SERVICE 参数分派（WFS、WMS、WPS）", "Dispatches on the SERVICE parameter (WFS, WMS, WPS)"),
                Route.prefix("/admin", new org.ecozoning.server.auth.AdminApi(scheme::store, security.users(), scheme::refresh))
                        .listed("工作人员与管理接口", "Staff and administration API",
                                "版本列表、审计记录；备案、发布、用户（需登录）", "Versions, audit trail; file, publish, users (login required)"));
        // anonymous compliance requests (WPS, OGC API processes, /ows Execute or POST) are rate-limited
        services.forEach(r -> routes.add(r.path().equals("/wfs") || r.path().equals("/wms") || r.path().equals("/admin")
                ? security.authenticated(r) : security.authenticatedAndLimited(r)));
        routes.add(Route.prefix("/auth", new org.ecozoning.server.auth.AuthApi(security.authenticator())));
        // saved assessments: by reference for anyone holding it, all for staff, one's own for enterprises
        // (re-rendering a report as HTML or PDF draws its map: counted against the anonymous budget)
        routes.add(security.authenticatedAndLimited(Route.prefix(org.ecozoning.server.assessments.StoreAssessmentRecorder.PATH,
                new org.ecozoning.server.assessments.SavedAssessmentsApi(scheme, reports,
                        org.ecozoning.server.assessments.SavedAssessmentsApi.Mount.ALL)),
                org.ecozoning.server.auth.AnonymousRateLimit.RENDERED_REPORT));
        routes.add(security.authenticated(Route.prefix("/api/my/assessments",
                new org.ecozoning.server.assessments.SavedAssessmentsApi(scheme, reports,
                        org.ecozoning.server.assessments.SavedAssessmentsApi.Mount.MINE))));
        // the staff workspace (版本、差异、规则审核、巡查案件、报告、条款检索): page for anyone, API for staff
        routes.add(security.authenticated(org.ecozoning.server.staff.StaffPages.route(scheme)));
        // tracking and evaluation reports (跟踪评估报告): staff only, hence not listed on the landing page
        routes.add(security.authenticated(Route.prefix("/reports",
                new org.ecozoning.server.auth.RoleGate(org.ecozoning.server.auth.Role.STAFF, "/reports",
                        new org.ecozoning.server.tracking.ReportsHandler(scheme)))));
        return routes;
    }

    /**
     * Body limit of the processing routes (/wps, /ogcapi): a batch's collection comes inline, so up to
     * {@code batch.maxBytes}; the handlers refuse more themselves (ExceptionReport, problem JSON) and
     * spool what they read. /ows keeps the server's limit (its WFS reads bodies into memory).
     */
    private long batchBodyLimit() {
        return config.jobs().maxBatchBytes() + (64 << 10);
    }

    /** @return the job store (memory or database) */
    public org.ecozoning.ogc.processes.JobStore jobStore() {
        return jobStore;
    }

    /** @return the {@code /ows} endpoint: one line per KVP service */
    OwsDispatcher ows() {
        return new OwsDispatcher()
                .service("WFS", guardedWfs)
                .service("WMS", guardedWms)
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
        suggester.warmInBackground();
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
        jobStore.close();
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
