package org.ecozoning.scheme;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.ecozoning.model.Clause;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.ElementZone;
import org.ecozoning.model.ListLevel;
import org.ecozoning.model.ZoneType;
import org.ecozoning.referencing.Crs;
import org.ecozoning.referencing.CrsTransformer;
import org.ecozoning.referencing.CrsRegistry;
import org.ecozoning.referencing.GaussKruger;
import org.ecozoning.rules.RuleSet;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * One version of a zoning-control scheme as an immutable snapshot: control units, element zones,
 * access-list clauses, the rules, and a version label. Built once ({@link #builder}); on building
 * it repairs invalid geometries (listing each repair in {@link #issues()}), checks that codes and
 * links agree, and pre-projects units and zones into every CGCS2000 3° Gauss-Krüger zone the
 * scheme spans, with STR-trees and prepared geometries. Safe to share between threads.
 */
public final class Scheme {
    /** GB/T 2260 code of Shanxi province, the default scope of province-level clauses. */
    public static final String SHANXI = "140000";

    private final String version;
    private final String provinceCode;
    private final List<ControlUnit> units;
    private final List<ElementZone> zones;
    private final List<Clause> clauses;
    private final List<County> counties;
    private final RuleSet rules;
    private final Map<String, ControlUnit> unitsByCode;
    private final Map<String, List<Clause>> clausesByScope;
    private final Map<Integer, GkLayer> layers;
    private final Envelope extent;
    private final List<String> issues;

    private Scheme(Builder b) {
        this.version = Objects.requireNonNull(b.version, "version");
        this.provinceCode = b.provinceCode;
        this.rules = Objects.requireNonNull(b.rules, "rules");
        List<String> issues = new ArrayList<>();

        Map<String, ControlUnit> byCode = new LinkedHashMap<>();
        List<ControlUnit> us = new ArrayList<>();
        for (ControlUnit u : b.units) {
            if (byCode.containsKey(u.code().value())) {
                throw new SchemeException("units", "单元编码重复：" + u.code(), "duplicate unit code " + u.code());
            }
            if (!(u.geometry() instanceof Polygonal) || u.geometry().isEmpty()) {
                throw new SchemeException("units " + u.code(), "单元几何必须是非空的面（Polygon/MultiPolygon）",
                        "unit geometry must be a non-empty Polygon or MultiPolygon");
            }
            Geometry g = repaired(u.geometry(), "单元 unit " + u.code(), issues);
            ControlUnit fixed = g == u.geometry() ? u : new ControlUnit(u.code(), u.name(), u.unitClass(), u.subtype(),
                    u.cityCode(), u.cityName(), u.countyCode(), u.countyName(), g);
            byCode.put(u.code().value(), fixed);
            us.add(fixed);
        }
        this.units = List.copyOf(us);
        this.unitsByCode = Collections.unmodifiableMap(byCode);

        Map<String, ElementZone> zoneIds = new LinkedHashMap<>();
        List<ElementZone> zs = new ArrayList<>();
        for (ElementZone z : b.zones) {
            if (zoneIds.containsKey(z.id())) throw new SchemeException("zones", "要素分区编号重复：" + z.id(), "duplicate zone id " + z.id());
            if (z.geometry().isEmpty()) throw new SchemeException("zones " + z.id(), "几何为空", "empty geometry");
            Geometry g = repaired(z.geometry(), "要素分区 zone " + z.id(), issues);
            ElementZone fixed = g == z.geometry() ? z : new ElementZone(z.id(), z.type(), z.name(), g);
            zoneIds.put(z.id(), fixed);
            zs.add(fixed);
        }
        this.zones = List.copyOf(zs);

        Map<String, List<Clause>> byScope = new LinkedHashMap<>();
        Set<String> clauseIds = new java.util.HashSet<>();
        for (Clause c : b.clauses) {
            String where = "access-lists " + c.id();
            if (!clauseIds.add(c.id())) throw new SchemeException(where, "清单条款编号重复", "duplicate clause id");
            for (String r : c.ruleIds()) {
                if (rules.rule(r).isEmpty()) {
                    throw new SchemeException(where, "引用了规则库中不存在的规则「" + r + "」（规则库版本 " + rules.version() + "）",
                            "refers to rule \"" + r + "\", which the rule set (version " + rules.version() + ") does not have");
                }
            }
            switch (c.level()) {
                case PROVINCE -> {
                    if (!c.scopeCode().equals(provinceCode)) {
                        throw new SchemeException(where, "省级条款的适用范围应为 " + provinceCode + "，实为 " + c.scopeCode(),
                                "a province clause must have scope " + provinceCode + ", has " + c.scopeCode());
                    }
                }
                case CITY -> {
                    if (!c.scopeCode().matches("\\d{6}")) {
                        throw new SchemeException(where, "市级条款的适用范围应为6位行政区划代码", "a city clause needs a 6-digit division code as scope");
                    }
                }
                case UNIT -> {
                    if (!byCode.containsKey(c.scopeCode())) {
                        throw new SchemeException(where, "单元条款引用了不存在的单元 " + c.scopeCode(), "unit clause refers to unknown unit " + c.scopeCode());
                    }
                }
            }
            byScope.computeIfAbsent(c.level() + ":" + c.scopeCode(), k -> new ArrayList<>()).add(c);
        }
        byScope.replaceAll((k, v) -> List.copyOf(v));
        this.clauses = List.copyOf(b.clauses);
        this.clausesByScope = Collections.unmodifiableMap(byScope);
        this.counties = List.copyOf(b.counties);

        Envelope ext = new Envelope();
        for (ControlUnit u : units) ext.expandToInclude(u.geometry().getEnvelopeInternal());
        for (County c : counties) ext.expandToInclude(c.geometry().getEnvelopeInternal());
        this.extent = ext;

        Set<ZoneType> distanceTypes = EnumSet.noneOf(ZoneType.class);
        for (ZoneType t : ZoneType.values()) if (rules.maxWithinMeters(t) > 0) distanceTypes.add(t);
        Map<Integer, GkLayer> ls = new TreeMap<>();
        if (!ext.isNull()) {
            int west = GaussKruger.centralMeridian3(ext.getMinX());
            int east = GaussKruger.centralMeridian3(ext.getMaxX());
            for (int cm = west; cm <= east; cm += 3) ls.put(cm, layer(GaussKruger.zoneFor(cm), distanceTypes));
        }
        this.layers = Collections.unmodifiableMap(ls);
        this.issues = List.copyOf(issues);
    }

    private GkLayer layer(Crs gk, Set<ZoneType> distanceTypes) {
        CrsTransformer t = CrsTransformer.of(CrsRegistry.CGCS2000, gk);
        List<IndexedUnit> ius = new ArrayList<>(units.size());
        for (ControlUnit u : units) {
            Geometry p = t.transform(u.geometry());
            ius.add(new IndexedUnit(u, p, PreparedGeometryFactory.prepare(p)));
        }
        List<IndexedZone> izs = new ArrayList<>(zones.size());
        for (ElementZone z : zones) {
            Geometry p = t.transform(z.geometry());
            izs.add(new IndexedZone(z, p, PreparedGeometryFactory.prepare(p),
                    distanceTypes.contains(z.type()) ? new IndexedFacetDistance(p) : null));
        }
        return new GkLayer(gk, ius, izs);
    }

    private static Geometry repaired(Geometry g, String what, List<String> issues) {
        if (!(g instanceof Polygonal)) return g;
        IsValidOp op = new IsValidOp(g);
        if (op.isValid()) return g;
        Geometry fixed = GeometryFixer.fix(g);
        issues.add(what + "：几何无效（" + op.getValidationError().getMessage() + "），已自动修复 / invalid geometry ("
                + op.getValidationError().getMessage() + ") repaired");
        return fixed;
    }

    public static Builder builder(String version, RuleSet rules) { return new Builder(version, rules); }

    /** Version label of this snapshot. */
    public String version() { return version; }

    /** Division code province-level clauses are issued for ({@value #SHANXI} by default). */
    public String provinceCode() { return provinceCode; }

    public List<ControlUnit> units() { return units; }

    public List<ElementZone> zones() { return zones; }

    public List<Clause> clauses() { return clauses; }

    public List<County> counties() { return counties; }

    public RuleSet rules() { return rules; }

    public Optional<ControlUnit> unit(String code) { return Optional.ofNullable(unitsByCode.get(code)); }

    /** Clauses issued at {@code level} for {@code scopeCode}, in file order. */
    public List<Clause> clauses(ListLevel level, String scopeCode) {
        return clausesByScope.getOrDefault(level + ":" + scopeCode, List.of());
    }

    /** Longitude/latitude envelope of all units and counties (null envelope when empty). */
    public Envelope extent() { return new Envelope(extent); }

    /** The GK layers by central meridian (111 and 114 for Shanxi). */
    public Map<Integer, GkLayer> layers() { return layers; }

    /** The layer whose central meridian is nearest to {@code centralMeridian}, or null if the scheme is empty. */
    public GkLayer layerNearest(int centralMeridian) {
        GkLayer best = null;
        int bestD = Integer.MAX_VALUE;
        for (Map.Entry<Integer, GkLayer> e : layers.entrySet()) {
            int d = Math.abs(e.getKey() - centralMeridian);
            if (d < bestD) {
                bestD = d;
                best = e.getValue();
            }
        }
        return best;
    }

    /** What was repaired while building (one line each, Chinese / English). */
    public List<String> issues() { return issues; }

    /** Collects the parts of a scheme; {@link #build()} validates and indexes them. */
    public static final class Builder {
        private final String version;
        private final RuleSet rules;
        private String provinceCode = SHANXI;
        private final List<ControlUnit> units = new ArrayList<>();
        private final List<ElementZone> zones = new ArrayList<>();
        private final List<Clause> clauses = new ArrayList<>();
        private final List<County> counties = new ArrayList<>();

        private Builder(String version, RuleSet rules) {
            this.version = version;
            this.rules = rules;
        }

        public Builder provinceCode(String code) { this.provinceCode = Objects.requireNonNull(code); return this; }

        public Builder unit(ControlUnit u) { units.add(u); return this; }

        public Builder units(List<ControlUnit> us) { units.addAll(us); return this; }

        public Builder zone(ElementZone z) { zones.add(z); return this; }

        public Builder zones(List<ElementZone> zs) { zones.addAll(zs); return this; }

        public Builder clause(Clause c) { clauses.add(c); return this; }

        public Builder clauses(List<Clause> cs) { clauses.addAll(cs); return this; }

        public Builder county(County c) { counties.add(c); return this; }

        public Builder counties(List<County> cs) { counties.addAll(cs); return this; }

        public Scheme build() { return new Scheme(this); }
    }
}
