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

    private MountedServices(ServerConfig config, SchemeService scheme) {
        this.config = config;
        this.scheme = scheme;
        Path services = config.workspace().resolve("services.json");
        ServiceMetadata wfsMeta = metadata(services, "wfs");
        ServiceMetadata apiMeta = metadata(services, "ogcapi");
        // one registry for every scheme version, so queries made with CreateStoredQuery survive a version switch
        StoredQueryRegistry storedQueries = new StoredQueryRegistry();
        this.wfs = new SwappingHandler(scheme::current, catalog -> new WfsHandler(WfsConfig.of(catalog).withMetadata(wfsMeta)
                .withEndpointPath("/wfs").withStoredQueries(storedQueries)));
        this.features = new FeaturesHandler(FeaturesConfig.of(scheme.current()).withVersions(scheme)
                .withMetadata(apiMeta).withEndpointPath("/ogcapi"));
    }

    /**
     * Opens the scheme store (bootstrapping it from the workspace sample when empty), loads the
     * version in force and builds the services.
     *
     * @param config the resolved configuration
     * @return the services; close them after the server stopped
     */
    public static MountedServices open(ServerConfig config) {
        return new MountedServices(config, SchemeService.open(config.workspace(), config.storeUrl()));
    }

    /** @return the routes to mount, in landing-page order */
    public List<Route> routes() {
        return List.of(
                Route.prefix("/wfs", wfs).listed("网络要素服务（WFS）", "Web Feature Service",
                        "WFS 2.0.0 / 1.1.0：管控单元、要素管控分区、县级行政区", "Control units, element zones, counties as WFS 2.0.0 / 1.1.0"),
                Route.prefix("/ogcapi", features).listed("OGC API – 要素", "OGC API – Features",
                        "GeoJSON 与 HTML，按坐标系、CQL2 过滤，按日期选择方案版本",
                        "GeoJSON and HTML, CRS selection, CQL2 filters, scheme version by date"),
                Route.prefix("/ows", ows()).listed("OWS 综合端点", "Combined OWS endpoint",
                        "按 SERVICE 参数分派（WFS）", "Dispatches on the SERVICE parameter (WFS)"));
    }

    /** @return the {@code /ows} endpoint: one line per KVP service */
    OwsDispatcher ows() {
        return new OwsDispatcher()
                .service("WFS", wfs);
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
