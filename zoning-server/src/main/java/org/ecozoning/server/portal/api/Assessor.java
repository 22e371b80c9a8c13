package org.ecozoning.server.portal.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.ecozoning.compliance.AssessmentReport;
import org.ecozoning.compliance.ComplianceEngine;
import org.ecozoning.compliance.ProjectInput;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.ogc.common.ProblemException;
import org.ecozoning.rules.ProjectNature;
import org.ecozoning.scheme.Scheme;

/**
 * {@code POST /api/assess}: reads the portal's project JSON ({@code geometry} as GeoJSON, {@code crs},
 * {@code industry}, {@code nature}, {@code capacityMW}, {@code name}) and runs the compliance engine
 * of the current scheme, keeping one engine per scheme snapshot. The answer is the engine's
 * {@code ecozoning-report/1} document plus the site as judged (EPSG:4490), which
 * {@link PortalApi} saves.
 */
final class Assessor {
    private final IndustryCatalog catalog;
    private final AtomicReference<ComplianceEngine> engine = new AtomicReference<>();

    Assessor(IndustryCatalog catalog) {
        this.catalog = catalog;
    }

    /** One portal assessment: the engine's report and the site in EPSG:4490 as judged. */
    record Assessed(AssessmentReport report, org.locationtech.jts.geom.Geometry siteLonLat) { }

    Assessed assess(Scheme scheme, byte[] body, String principal) {
        JsonNode in;
        try {
            in = PortalApi.JSON.readTree(body);
        } catch (IOException e) {
            throw ProblemException.badRequest("请求体不是有效的 JSON", "the body is not valid JSON");
        }
        if (in == null || !in.isObject()) throw ProblemException.badRequest("请求体应为 JSON 对象", "the body must be a JSON object");
        JsonNode geometry = in.get("geometry");
        if (geometry == null || !geometry.isObject()) {
            throw ProblemException.badRequest("缺少项目位置（geometry，GeoJSON 几何）", "geometry (a GeoJSON geometry) is required");
        }
        String industry = text(in, "industry");
        if (industry == null) throw ProblemException.badRequest("缺少行业代码（industry）", "industry (a GB/T 4754 code) is required");
        String natureText = text(in, "nature");
        if (natureText == null) throw ProblemException.badRequest("缺少建设性质（nature）", "nature is required");
        ProjectNature nature;
        try {
            nature = ProjectNature.valueOf(natureText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("建设性质应为 NEW、EXPANSION、REBUILD 或 RELOCATION",
                    "nature must be NEW, EXPANSION, REBUILD or RELOCATION");
        }
        org.locationtech.jts.geom.Geometry site = org.ecozoning.compliance.GeometryText.geoJson(geometry.toString());
        ProjectInput.Builder b = ProjectInput.builder().geometry(site).industry(industry).nature(nature);
        String crs = text(in, "crs");
        if (crs != null) b.crs(crs);
        String name = text(in, "name");
        if (name != null) b.name(name);
        JsonNode cap = in.get("capacityMW");
        if (cap != null && !cap.isNull()) {
            if (!cap.isNumber()) throw ProblemException.badRequest("装机容量（capacityMW）应为数值", "capacityMW must be a number");
            b.capacityMW(cap.doubleValue());
        }
        JsonNode attrs = in.get("attributes");
        if (attrs != null && attrs.isObject()) {
            for (Map.Entry<String, JsonNode> a : attrs.properties()) {
                if (!a.getValue().isNumber()) throw ProblemException.badRequest("属性 " + a.getKey() + " 应为数值", "attribute " + a.getKey() + " must be a number");
                b.attribute(a.getKey(), a.getValue().doubleValue());
            }
        }
        AssessmentReport report = engineFor(scheme).assess(b.build());
        return new Assessed(report, org.ecozoning.ogc.processes.SiteGeometry.assessed(site, crs, report));
    }

    private ComplianceEngine engineFor(Scheme scheme) {
        ComplianceEngine e = engine.get();
        if (e == null || e.scheme() != scheme) {
            e = new ComplianceEngine(scheme, catalog);
            engine.set(e);
        }
        return e;
    }

    private static String text(JsonNode in, String field) {
        JsonNode n = in.get(field);
        return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText().trim();
    }
}
