package org.ecozoning.ogc.features;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.ecozoning.ogc.common.CrsSupport;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.Proj4jCrsSupport;
import org.ecozoning.ogc.common.ServiceMetadata;
import org.ecozoning.ogc.common.VersionSelector;

/**
 * Everything a {@link FeaturesHandler} needs: the published layers (through the scheme-version
 * hook), the service metadata, CRS support, the public path the handler is mounted at (for
 * links), the page size when {@code limit} is absent and the largest page ({@code maxLimit}: a
 * larger {@code limit} is capped, as OGC API – Features Part 1 permits).
 */
public record FeaturesConfig(VersionSelector versions, ServiceMetadata metadata, CrsSupport crs, String endpointPath,
        int defaultLimit, int maxLimit, Clock clock) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int DEFAULT_MAX_LIMIT = 10_000;

    public FeaturesConfig {
        Objects.requireNonNull(versions, "versions");
        metadata = metadata == null ? defaultMetadata() : metadata;
        crs = crs == null ? new Proj4jCrsSupport() : crs;
        endpointPath = endpointPath == null || endpointPath.isEmpty() || endpointPath.equals("/") ? ""
                : (endpointPath.startsWith("/") ? endpointPath : "/" + endpointPath).replaceAll("/+$", "");
        if (maxLimit < 1) throw new IllegalArgumentException("maxLimit must be positive");
        if (defaultLimit < 1 || defaultLimit > maxLimit) throw new IllegalArgumentException("defaultLimit must be in 1..maxLimit");
        clock = clock == null ? Clock.systemUTC() : clock;
    }

    /** Defaults: built-in metadata, proj4j CRS support, mounted at /ogcapi, 10 features a page, at most 10 000. */
    public static FeaturesConfig of(LayerCatalog catalog) {
        return new FeaturesConfig(VersionSelector.single(catalog), null, null, "/ogcapi", DEFAULT_LIMIT, DEFAULT_MAX_LIMIT, null);
    }

    /** The built-in metadata when no services.json is given. */
    public static ServiceMetadata defaultMetadata() {
        ServiceMetadata d = ServiceMetadata.defaults("ogcapi");
        return new ServiceMetadata("山西省生态环境分区管控要素服务（OGC API – Features）",
                "Shanxi ecological-environment zoning features (OGC API – Features)",
                "以 OGC API – Features 发布环境管控单元、要素管控分区和县级行政区：GeoJSON 与 HTML，支持坐标参照系选择和 CQL2 过滤。",
                "Control units, element zones and counties as OGC API – Features: GeoJSON and HTML, with CRS selection and CQL2 filtering.",
                List.of("生态环境分区管控", "三线一单", "ecological-environment zoning", "OGC API – Features"), d.fees(),
                d.accessConstraints(), d.contact());
    }

    public FeaturesConfig withVersions(VersionSelector v) { return new FeaturesConfig(v, metadata, crs, endpointPath, defaultLimit, maxLimit, clock); }

    public FeaturesConfig withMetadata(ServiceMetadata m) { return new FeaturesConfig(versions, m, crs, endpointPath, defaultLimit, maxLimit, clock); }

    public FeaturesConfig withCrs(CrsSupport c) { return new FeaturesConfig(versions, metadata, c, endpointPath, defaultLimit, maxLimit, clock); }

    public FeaturesConfig withEndpointPath(String p) { return new FeaturesConfig(versions, metadata, crs, p, defaultLimit, maxLimit, clock); }

    /** Page size when {@code limit} is absent and the largest page served. */
    public FeaturesConfig withLimits(int defaultLimit, int maxLimit) {
        return new FeaturesConfig(versions, metadata, crs, endpointPath, defaultLimit, maxLimit, clock);
    }

    public FeaturesConfig withClock(Clock c) { return new FeaturesConfig(versions, metadata, crs, endpointPath, defaultLimit, maxLimit, c); }
}
