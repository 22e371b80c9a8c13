package org.ecozoning.server.staff;

import java.util.Objects;
import org.ecozoning.ogc.common.OgcHandler;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.server.Route;
import org.ecozoning.server.portal.StaticResources;
import org.ecozoning.server.scheme.SchemeService;

/**
 * The staff workspace at {@code /staff}: the page and its script and style (classpath folder
 * {@value #STATIC_ROOT}, served to anyone: it shows its own login form) and, below
 * {@code /staff/api}, the {@link StaffApi} (STAFF only). Leaflet comes from the portal's
 * {@code /webjars} route. Mount the route behind the authentication filter.
 */
public final class StaffPages implements OgcHandler {
    /** Classpath folder of the staff page's files. */
    public static final String STATIC_ROOT = "org/ecozoning/server/staff/static";

    private final OgcHandler files = new StaticResources(STATIC_ROOT, "index.html", "no-cache");
    private final OgcHandler api;

    /** @param api the staff API */
    public StaffPages(OgcHandler api) {
        this.api = Objects.requireNonNull(api);
    }

    /** @return the {@code /staff} route over the scheme service (wrap it with authentication) */
    public static Route route(SchemeService scheme) {
        return Route.prefix("/staff", new StaffPages(new StaffApi(scheme))).listed("工作人员工作台", "Staff workspace",
                "版本备案发布、版本差异地图、规则提议审核、巡查案件、报告、任意版本条款检索（需登录）",
                "Versions (file, publish), diff map, rule review, cases, reports, clause search over any version (login required)");
    }

    @Override
    public OgcResponse handle(OgcRequest r) {
        String p = r.path();
        if (p.equals("/api") || p.startsWith("/api/")) {
            return api.handle(r);
        }
        return files.handle(r);
    }
}
