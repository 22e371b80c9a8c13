package org.ecozoning.ogc.processes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecozoning.compliance.ComplianceEngine;
import org.ecozoning.model.Clause;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.ElementZone;
import org.ecozoning.model.ListLevel;
import org.ecozoning.scheme.Scheme;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * {@code zoning:UnitsAt} (OGC API: {@code units-at}): the control units and element zones at a
 * point or in a geometry, each unit with its access list, plus the city and province lists that
 * apply — a look-up, no judgement.
 */
public final class UnitsAtProcess implements ZoningProcess {
    public static final String WPS_ID = "zoning:UnitsAt";
    public static final String API_ID = "units-at";

    private final EngineLookup engines;
    private final ProcessDescription description;

    public UnitsAtProcess(EngineLookup engines) {
        this.engines = engines;
        List<InputDescription> in = new ArrayList<>();
        for (InputDescription d : AdmissionComplianceProcess.commonInputs(true)) {
            if (List.of("geometry", "crs", "schemeVersion", "date").contains(d.id())) in.add(d);
        }
        this.description = new ProcessDescription(WPS_ID, API_ID, "1.0.0", "查询位置所在管控单元", "Units and zones at a location",
                "查询某点或某范围所在的环境管控单元、要素管控分区及其生态环境准入清单（省、市、单元三级）。",
                "The control units and element zones at a point or in a geometry, with their province, city and unit access lists.", in,
                List.of(new OutputDescription("units", "管控单元与准入清单", "Units with access lists", List.of(Format.JSON))));
    }

    @Override
    public ProcessDescription description() { return description; }

    @Override
    public ProcessResult execute(ProcessInputs in, Map<String, String> formats, ExecutionContext ctx) {
        ComplianceEngine engine = AdmissionComplianceProcess.engine(engines, in, ctx);
        Scheme s = engine.scheme();
        GeometryInput.Parsed g = GeometryInput.parse(in.value("geometry"));
        String crs = in.text("crs") != null ? in.text("crs") : g.srsName();
        Geometry geo = SiteGeometry.geographic(g.geometry(), crs, "geometry");
        PreparedGeometry pg = PreparedGeometryFactory.prepare(geo);
        Envelope env = geo.getEnvelopeInternal();
        List<ControlUnit> units = new ArrayList<>();
        for (ControlUnit u : s.units()) {
            if (u.geometry().getEnvelopeInternal().intersects(env) && pg.intersects(u.geometry())) units.add(u);
        }
        List<ElementZone> zones = new ArrayList<>();
        for (ElementZone z : s.zones()) {
            if (z.geometry().getEnvelopeInternal().intersects(env) && pg.intersects(z.geometry())) zones.add(z);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schemeVersion", s.version());
        doc.put("rulesVersion", s.rules().version());
        List<Map<String, Object>> us = new ArrayList<>();
        Set<String> cities = new LinkedHashSet<>();
        for (ControlUnit u : units) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", u.code().value());
            m.put("name", u.name());
            m.put("unitClass", u.unitClass().name());
            m.put("unitClassZh", u.unitClass().labelZh());
            m.put("subtype", u.subtype().name());
            m.put("subtypeZh", u.subtype().labelZh());
            m.put("cityCode", u.cityCode());
            m.put("cityName", u.cityName());
            m.put("countyCode", u.countyCode());
            m.put("countyName", u.countyName());
            m.put("clauses", clauses(s.clauses(ListLevel.UNIT, u.code().value())));
            us.add(m);
            if (u.cityCode() != null) cities.add(u.cityCode() + "\u0000" + (u.cityName() == null ? "" : u.cityName()));
        }
        doc.put("units", us);
        List<Map<String, Object>> zs = new ArrayList<>();
        for (ElementZone z : zones) {
            zs.add(new LinkedHashMap<>(Map.of("id", z.id(), "type", z.type().name(), "typeZh", z.type().labelZh(), "name", z.name())));
        }
        doc.put("zones", zs);
        List<Map<String, Object>> cs = new ArrayList<>();
        for (String c : cities) {
            String[] p = c.split("\u0000", -1);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", p[0]);
            m.put("name", p[1]);
            m.put("clauses", clauses(s.clauses(ListLevel.CITY, p[0])));
            cs.add(m);
        }
        doc.put("cities", cs);
        doc.put("province", Map.of("code", s.provinceCode(), "clauses", units.isEmpty() ? List.of() : clauses(s.clauses(ListLevel.PROVINCE, s.provinceCode()))));
        return ProcessResult.of(List.of(OutputData.of("units", Format.JSON, AdmissionComplianceProcess.json(doc))));
    }

    private static List<Map<String, Object>> clauses(List<Clause> list) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Clause c : list) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("dimension", c.dimension().name());
            m.put("dimensionZh", c.dimension().labelZh());
            m.put("text", c.text());
            m.put("ruleIds", c.ruleIds());
            out.add(m);
        }
        return out;
    }
}
