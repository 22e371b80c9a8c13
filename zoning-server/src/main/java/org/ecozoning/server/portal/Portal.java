package org.ecozoning.server.portal;

import java.util.List;
import java.util.function.Supplier;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.scheme.Scheme;
import org.ecozoning.server.Route;
import org.ecozoning.server.portal.api.PortalApi;

/**
 * The public portal as routes: the page at {@code /}, its scripts and styles under {@code /portal},
 * Leaflet from its WebJar under {@code /webjars} and the page's JSON API under {@code /api}. Mount
 * with {@code routes.addAll(Portal.routes(schemeHolder::current))}; the landing page then moves
 * to {@code /about} (see {@link org.ecozoning.server.ZoningServer.Builder#build()}).
 */
public final class Portal {

    /** Classpath folder of the portal's own files. */
    public static final String STATIC_ROOT = "org/ecozoning/server/portal/static";

    private Portal() {
    }

    /**
     * @param scheme the scheme currently published (called per request, so a new version shows at once)
     * @return the routes of the portal
     */
    public static List<Route> routes(Supplier<Scheme> scheme) {
        return routes(scheme, IndustryCatalog.gbt4754());
    }

    /**
     * @param scheme  the scheme currently published
     * @param catalog the industry classification
     * @return the routes of the portal
     */
    public static List<Route> routes(Supplier<Scheme> scheme, IndustryCatalog catalog) {
        return routes(scheme, catalog, new org.ecozoning.server.assist.SuggesterHolder());
    }

    /**
     * @param scheme    the scheme currently published
     * @param catalog   the industry classification
     * @param suggester the process's shared industry suggester
     * @return the routes of the portal
     */
    public static List<Route> routes(Supplier<Scheme> scheme, IndustryCatalog catalog, org.ecozoning.server.assist.SuggesterHolder suggester) {
        return routes(scheme, catalog, suggester, org.ecozoning.ogc.processes.AssessmentRecorder.NONE);
    }

    /**
     * @param scheme    the scheme currently published
     * @param catalog   the industry classification
     * @param suggester the process's shared industry suggester
     * @param recorder  where the portal's assessments are saved
     * @return the routes of the portal
     */
    public static List<Route> routes(Supplier<Scheme> scheme, IndustryCatalog catalog, org.ecozoning.server.assist.SuggesterHolder suggester,
            org.ecozoning.ogc.processes.AssessmentRecorder recorder) {
        return List.of(
                Route.exact("/", new StaticResources(STATIC_ROOT, "index.html", "no-cache"))
                        .listed("门户", "Portal", "地图、查询与选址研判", "Map, search and site screening"),
                Route.prefix("/portal", new StaticResources(STATIC_ROOT, "index.html", "no-cache")),
                Route.prefix("/webjars", new StaticResources("META-INF/resources/webjars", null, "public, max-age=31536000, immutable")),
                Route.prefix("/api", new PortalApi(scheme, catalog, suggester, recorder)));
    }
}
