package org.ecozoning.compliance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecozoning.compliance.AssessmentReport.ClauseEntry;
import org.ecozoning.compliance.AssessmentReport.DimensionVerdict;
import org.ecozoning.compliance.AssessmentReport.Finding;
import org.ecozoning.compliance.AssessmentReport.InputEcho;
import org.ecozoning.compliance.AssessmentReport.Measure;
import org.ecozoning.compliance.AssessmentReport.MeasureKind;
import org.ecozoning.compliance.AssessmentReport.Notice;
import org.ecozoning.compliance.AssessmentReport.UnitHit;
import org.ecozoning.compliance.AssessmentReport.ZoneHit;
import org.ecozoning.compliance.SpatialMatcher.UnitTouch;
import org.ecozoning.compliance.SpatialMatcher.ZoneTouch;
import org.ecozoning.industry.Industry;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.model.Clause;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.Dimension;
import org.ecozoning.model.ElementZone;
import org.ecozoning.model.ListLevel;
import org.ecozoning.model.ZoneType;
import org.ecozoning.rules.RuleFlag;
import org.ecozoning.rules.Verdict;
import org.ecozoning.scheme.County;
import org.ecozoning.scheme.Scheme;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Judges a planned project against one scheme: "may this industry, of this nature, be built here?"
 * ({@code 符合性研判}). {@link #assess} checks and measures the site, finds the control units and
 * element zones it touches, runs the scheme's rules and returns an {@link AssessmentReport}: the
 * worst finding as verdict (OUTSIDE when no unit is touched), the findings with reasons, and every
 * applicable province/city/unit clause. Immutable and thread-safe: one engine serves all requests
 * of a scheme version.
 */
public final class ComplianceEngine {
    private final Scheme scheme;
    private final IndustryCatalog catalog;
    private final EngineOptions options;
    private final SitePreparer preparer;
    private final SpatialMatcher matcher;
    private final RuleEvaluator evaluator;

    public ComplianceEngine(Scheme scheme, IndustryCatalog catalog) { this(scheme, catalog, EngineOptions.DEFAULTS); }

    public ComplianceEngine(Scheme scheme, IndustryCatalog catalog, EngineOptions options) {
        this.scheme = scheme;
        this.catalog = catalog;
        this.options = options;
        this.preparer = new SitePreparer(scheme, options);
        Map<ZoneType, Double> within = new EnumMap<>(ZoneType.class);
        for (ZoneType t : ZoneType.values()) {
            double w = scheme.rules().maxWithinMeters(t);
            if (w > 0) within.put(t, w);
        }
        this.matcher = new SpatialMatcher(within);
        this.evaluator = new RuleEvaluator(scheme.rules(), catalog);
    }

    public Scheme scheme() { return scheme; }

    public EngineOptions options() { return options; }

    /**
     * Assesses one project. Bad input (unknown industry or CRS, empty/non-finite/oversized geometry,
     * missing nature, non-finite attribute) raises a {@link org.ecozoning.model.ZoningException}
     * with a bilingual message; anything the engine could correct (swapped axes, invalid polygon)
     * is corrected and reported in {@code warnings}.
     */
    public AssessmentReport assess(ProjectInput in) {
        if (in == null) throw new AssessmentException("MISSING_INPUT", "未提供项目信息", "no project input given");
        Industry industry = catalog.require(in.industryCode());
        if (in.nature() == null) {
            throw new AssessmentException("MISSING_NATURE", "未提供建设性质（NEW 新建、EXPANSION 扩建、REBUILD 改建、RELOCATION 迁建）",
                    "no construction nature given (NEW, EXPANSION, REBUILD or RELOCATION)");
        }
        List<Notice> warnings = new ArrayList<>();
        for (Map.Entry<String, Double> a : in.attributes().entrySet()) {
            if (a.getValue() == null || !Double.isFinite(a.getValue())) {
                throw new AssessmentException("BAD_ATTRIBUTE", "属性 " + a.getKey() + " 的值必须是有限数值", "attribute " + a.getKey() + " must be a finite number");
            }
            if (!scheme.rules().attributes().containsKey(a.getKey())) {
                warnings.add(new Notice("UNKNOWN_ATTRIBUTE",
                        "属性 " + a.getKey() + " 未被任何规则使用（规则使用的属性：" + scheme.rules().attributes().keySet() + "）",
                        "attribute " + a.getKey() + " is used by no rule (rules use: " + scheme.rules().attributes().keySet() + ")"));
            }
        }
        Site site = preparer.prepare(in, warnings);
        MeasureKind kind = switch (site.dimension()) {
            case 2 -> MeasureKind.AREA;
            case 1 -> MeasureKind.LENGTH;
            default -> MeasureKind.POINTS;
        };

        List<UnitTouch> units = matcher.units(site);
        List<ZoneTouch> zones = units.isEmpty() ? List.of() : matcher.zones(site);
        List<Industry> chain = catalog.chain(industry.code());
        Set<String> chainCodes = new HashSet<>();
        for (Industry i : chain) chainCodes.add(i.code());

        List<Finding> findings = units.isEmpty() ? List.of()
                : evaluator.evaluate(new RuleEvaluator.Facts(industry, chainCodes, in.nature(), in.attributes(), units, zones, kind), warnings);

        double inside = 0;
        for (UnitTouch t : units) inside += t.share();
        inside = Math.min(1, inside);
        Verdict verdict;
        if (units.isEmpty()) {
            verdict = Verdict.OUTSIDE;
            warnings.add(outsideNotice(site));
        } else {
            verdict = Verdict.COMPLIANT;
            for (Finding f : findings) verdict = Verdict.worst(verdict, f.verdict());
            if (inside < 0.999) {
                String p = RuleEvaluator.pct(1 - inside);
                warnings.add(new Notice("PARTLY_OUTSIDE", "项目约 " + p + " 的范围不在任何管控单元内，该部分未作判定",
                        "about " + p + " of the site lies outside every control unit and was not judged"));
            }
        }

        Map<Dimension, DimensionVerdict> dims = dimensions(findings, verdict);
        List<ClauseEntry> clauses = clauses(units, findings, dims);
        // fill the deciding clause ids into the dimension summary
        List<DimensionVerdict> dimList = new ArrayList<>();
        for (DimensionVerdict d : dims.values()) {
            List<String> ids = clauses.stream().filter(c -> c.decisive() && c.dimension() == d.dimension()).map(ClauseEntry::id).toList();
            dimList.add(new DimensionVerdict(d.dimension(), d.dimensionZh(), d.verdict(), d.verdictZh(), d.ruleIds(), ids));
        }

        findings = withClauseIds(findings, clauses);
        Set<RuleFlag> flags = new LinkedHashSet<>();
        for (Finding f : findings) flags.addAll(f.flags());

        return new AssessmentReport(AssessmentReport.SCHEMA, scheme.version(), scheme.rules().version(), verdict, verdict.labelZh(),
                verdict.labelEn(), List.copyOf(flags), summaryZh(verdict, units, findings), summaryEn(verdict, units, findings),
                echo(in, industry, chain, site), measure(site, kind, inside), unitHits(units), zoneHits(zones), findings, dimList,
                clauses, List.copyOf(warnings));
    }

    private static List<Finding> withClauseIds(List<Finding> findings, List<ClauseEntry> clauses) {
        if (clauses.isEmpty()) return findings;
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            List<String> ids = clauses.stream().filter(c -> c.ruleIds().contains(f.ruleId())).map(ClauseEntry::id).toList();
            out.add(new Finding(f.ruleId(), f.titleZh(), f.titleEn(), f.section(), f.dimension(), f.dimensionZh(), f.verdict(), f.verdictZh(),
                    f.flags(), f.unitCodes(), f.zoneIds(), ids, f.requirementZh(), f.requirementEn(), f.reasonZh(), f.reasonEn()));
        }
        return out;
    }

    private Notice outsideNotice(Site site) {
        boolean inCounty = false;
        Envelope env = site.geographic().getEnvelopeInternal();
        for (County c : scheme.counties()) {
            if (c.geometry().getEnvelopeInternal().intersects(env) && c.geometry().intersects(site.geographic())) {
                inCounty = true;
                break;
            }
        }
        if (inCounty) {
            return new Notice("OUTSIDE_UNITS", "项目位于省内，但不在本方案任何管控单元内（单元数据可能存在空隙），请联系管理部门核实",
                    "the site lies inside the province but in no control unit of the scheme (a gap in the unit data); please ask the authority");
        }
        return new Notice("OUTSIDE_SCHEME", "项目不在本方案（" + scheme.version() + "）管控范围内，未作判定",
                "the site lies outside the scheme (" + scheme.version() + ") and was not judged");
    }

    private static Map<Dimension, DimensionVerdict> dimensions(List<Finding> findings, Verdict overall) {
        Map<Dimension, DimensionVerdict> out = new LinkedHashMap<>();
        if (overall == Verdict.OUTSIDE) return out;
        for (Dimension d : Dimension.values()) {
            Verdict worst = Verdict.COMPLIANT;
            for (Finding f : findings) if (f.dimension() == d) worst = Verdict.worst(worst, f.verdict());
            final Verdict w = worst;
            List<String> ruleIds = findings.stream().filter(f -> f.dimension() == d && f.verdict() == w).map(Finding::ruleId).toList();
            out.put(d, new DimensionVerdict(d, d.labelZh(), worst, worst.labelZh(), ruleIds, List.of()));
        }
        return out;
    }

    private List<ClauseEntry> clauses(List<UnitTouch> units, List<Finding> findings, Map<Dimension, DimensionVerdict> dims) {
        List<ClauseEntry> out = new ArrayList<>();
        if (units.isEmpty()) return out;
        Map<String, Finding> fired = new LinkedHashMap<>();
        for (Finding f : findings) fired.put(f.ruleId(), f);
        for (Clause c : scheme.clauses(ListLevel.PROVINCE, scheme.provinceCode())) out.add(entry(c, "全省 / province", fired, dims));
        Set<String> cities = new LinkedHashSet<>();
        for (UnitTouch t : units) if (t.unit().unit().cityCode() != null) cities.add(t.unit().unit().cityCode());
        for (String city : cities) {
            String name = units.stream().map(t -> t.unit().unit()).filter(u -> city.equals(u.cityCode())).map(ControlUnit::cityName)
                    .filter(n -> n != null).findFirst().orElse(city);
            for (Clause c : scheme.clauses(ListLevel.CITY, city)) out.add(entry(c, name, fired, dims));
        }
        for (UnitTouch t : units) {
            ControlUnit u = t.unit().unit();
            for (Clause c : scheme.clauses(ListLevel.UNIT, u.code().value())) out.add(entry(c, u.name(), fired, dims));
        }
        return out;
    }

    private static ClauseEntry entry(Clause c, String scopeName, Map<String, Finding> fired, Map<Dimension, DimensionVerdict> dims) {
        List<String> firedIds = c.ruleIds().stream().filter(fired::containsKey).toList();
        Verdict v = null;
        for (String id : firedIds) v = Verdict.worst(v, fired.get(id).verdict());
        DimensionVerdict d = dims.get(c.dimension());
        boolean decisive = v != null && d != null && v == d.verdict();
        return new ClauseEntry(c.id(), c.level(), c.level().labelZh(), c.scopeCode(), scopeName, c.dimension(), c.dimension().labelZh(),
                c.text(), c.ruleIds(), firedIds, v, decisive);
    }

    private static InputEcho echo(ProjectInput in, Industry industry, List<Industry> chain, Site site) {
        Geometry geo = site.geographic();
        Envelope e = geo.getEnvelopeInternal();
        double[] centroid = {RuleEvaluator.round(site.centroid().x, 7), RuleEvaluator.round(site.centroid().y, 7)};
        double[] bbox = {RuleEvaluator.round(e.getMinX(), 7), RuleEvaluator.round(e.getMinY(), 7), RuleEvaluator.round(e.getMaxX(), 7),
                RuleEvaluator.round(e.getMaxY(), 7)};
        return new InputEcho(in.projectName(), industry.code(), industry.nameZh(), chain.stream().map(Industry::label).toList(),
                in.nature(), in.nature().labelZh(), in.attributes(), in.crs(), site.crs().crs().id(), site.axisOrder().name(), site.swapped(),
                site.repaired(), site.geometryType(), site.vertexCount(), centroid, bbox);
    }

    private static Measure measure(Site site, MeasureKind kind, double inside) {
        double area = kind == MeasureKind.AREA ? RuleEvaluator.round(site.size(), 2) : 0;
        double length = kind == MeasureKind.LENGTH ? RuleEvaluator.round(site.size(), 2) : 0;
        int points = kind == MeasureKind.POINTS ? (int) site.size() : 0;
        if (site.measureCrs() == null) return new Measure(null, null, 0, kind, area, length, points, RuleEvaluator.round(inside, 6));
        return new Measure(site.measureCrs().id(), site.measureCrs().name(), site.measureCrs().centralMeridian(), kind, area, length, points,
                RuleEvaluator.round(inside, 6));
    }

    private static List<UnitHit> unitHits(List<UnitTouch> units) {
        List<UnitHit> out = new ArrayList<>(units.size());
        for (UnitTouch t : units) {
            ControlUnit u = t.unit().unit();
            out.add(new UnitHit(u.code().value(), u.name(), u.unitClass(), u.unitClass().labelZh(), u.subtype(), u.subtype().labelZh(),
                    u.cityCode(), u.cityName(), u.countyCode(), u.countyName(), RuleEvaluator.round(t.overlap(), 2),
                    RuleEvaluator.round(t.share(), 6)));
        }
        return out;
    }

    private static List<ZoneHit> zoneHits(List<ZoneTouch> zones) {
        List<ZoneHit> out = new ArrayList<>(zones.size());
        for (ZoneTouch t : zones) {
            ElementZone z = t.zone().zone();
            out.add(new ZoneHit(z.id(), z.type(), z.type().labelZh(), z.type().family(), z.name(), t.inside(), RuleEvaluator.round(t.overlap(), 2),
                    RuleEvaluator.round(t.share(), 6), RuleEvaluator.round(t.distance(), 2)));
        }
        return out;
    }

    private static String summaryZh(Verdict v, List<UnitTouch> units, List<Finding> findings) {
        if (v == Verdict.OUTSIDE) return "项目不在本方案任何管控单元内，未作判定。";
        StringBuilder s = new StringBuilder("研判结论：").append(v.labelZh()).append("。涉及管控单元 ").append(units.size()).append(" 个，触发规则 ")
                .append(findings.size()).append(" 条");
        List<String> decisive = findings.stream().filter(f -> f.verdict() == v).map(Finding::ruleId).toList();
        if (!decisive.isEmpty() && v != Verdict.COMPLIANT) s.append("，决定性规则：").append(String.join("、", decisive));
        return s.append("。").toString();
    }

    private static String summaryEn(Verdict v, List<UnitTouch> units, List<Finding> findings) {
        if (v == Verdict.OUTSIDE) return "The site lies in no control unit of the scheme; not judged.";
        StringBuilder s = new StringBuilder("Verdict: ").append(v.labelEn()).append(". ").append(units.size()).append(" control unit(s) touched, ")
                .append(findings.size()).append(" rule(s) fired");
        List<String> decisive = findings.stream().filter(f -> f.verdict() == v).map(Finding::ruleId).toList();
        if (!decisive.isEmpty() && v != Verdict.COMPLIANT) s.append("; decided by ").append(String.join(", ", decisive));
        return s.append(".").toString();
    }
}
