package org.ecozoning.ogc.wfs;

import java.time.Clock;
import java.util.Objects;
import org.ecozoning.ogc.common.CrsSupport;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.Proj4jCrsSupport;
import org.ecozoning.ogc.common.ServiceMetadata;

/**
 * Everything a {@link WfsHandler} needs: the layers, the service metadata, CRS support, the
 * public path the handler is mounted at (for links in capabilities and paging), and the largest
 * page a GetFeature returns ({@code maxCount}: a larger COUNT is capped, not refused; it is also
 * the page size when COUNT is absent). {@code storedQueries} holds queries made with CreateStoredQuery; give
 * the handlers of successive scheme versions the same one so a version switch keeps them.
 */
public record WfsConfig(LayerCatalog catalog, ServiceMetadata metadata, CrsSupport crs, String endpointPath, long maxCount,
        Clock clock, StoredQueryRegistry storedQueries) {
    public static final long DEFAULT_MAX_COUNT = 100_000;

    public WfsConfig {
        Objects.requireNonNull(catalog, "catalog");
        metadata = metadata == null ? ServiceMetadata.defaults("wfs") : metadata;
        crs = crs == null ? new Proj4jCrsSupport() : crs;
        endpointPath = endpointPath == null || endpointPath.isEmpty() ? "/wfs" : (endpointPath.startsWith("/") ? endpointPath : "/" + endpointPath);
        if (maxCount <= 0) throw new IllegalArgumentException("maxCount must be positive");
        clock = clock == null ? Clock.systemUTC() : clock;
        storedQueries = storedQueries == null ? new StoredQueryRegistry() : storedQueries;
    }

    /** A configuration with defaults: built-in metadata, proj4j CRS support, mounted at /wfs, 100 000 features a page. */
    public static WfsConfig of(LayerCatalog catalog) {
        return new WfsConfig(catalog, null, null, "/wfs", DEFAULT_MAX_COUNT, null, null);
    }

    public WfsConfig withMetadata(ServiceMetadata m) { return new WfsConfig(catalog, m, crs, endpointPath, maxCount, clock, storedQueries); }

    public WfsConfig withEndpointPath(String p) { return new WfsConfig(catalog, metadata, crs, p, maxCount, clock, storedQueries); }

    public WfsConfig withMaxCount(long n) { return new WfsConfig(catalog, metadata, crs, endpointPath, n, clock, storedQueries); }

    public WfsConfig withClock(Clock c) { return new WfsConfig(catalog, metadata, crs, endpointPath, maxCount, c, storedQueries); }

    public WfsConfig withStoredQueries(StoredQueryRegistry r) {
        return new WfsConfig(catalog, metadata, crs, endpointPath, maxCount, clock, r);
    }

    public WfsConfig withCrs(CrsSupport c) { return new WfsConfig(catalog, metadata, c, endpointPath, maxCount, clock, storedQueries); }
}
