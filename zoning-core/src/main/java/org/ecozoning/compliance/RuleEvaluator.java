package org.ecozoning.compliance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ecozoning.compliance.AssessmentReport.Finding;
import org.ecozoning.compliance.AssessmentReport.Notice;
import org.ecozoning.compliance.SpatialMatcher.UnitTouch;
import org.ecozoning.compliance.SpatialMatcher.ZoneTouch;
import org.ecozoning.industry.Industry;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.ElementZone;
import org.ecozoning.rules.AttributeCondition;
import org.ecozoning.rules.AttributeSpec;
import org.ecozoning.rules.MissingPolicy;
import org.ecozoning.rules.ProjectNature;
import org.ecozoning.rules.Rule;
import org.ecozoning.rules.RuleSet;
import org.ecozoning.rules.ZoneScope;

/**
 * Interprets the rules of a {@link RuleSet} for one project: nature, industry (by GB/T 4754
 * ancestry), attribute conditions and spatial scope (touched units and zones). Each rule that fires
 * becomes a {@link Finding} whose reason says, in Chinese and English, which unit or zone and which
 * industry and nature matched. Rules that cannot be decided (missing attribute, industry code too
 * coarse) produce warnings instead.
 */
final class RuleEvaluator {
    private final RuleSet rules;
    private final IndustryCatalog catalog;

    RuleEvaluator(RuleSet rules, IndustryCatalog catalog) {
        this.rules = rules;
        this.catalog = catalog;
    }

    /** The project facts the rules are tested against. */
    record Facts(Industry industry, Set<String> chainCodes, ProjectNature nature, Map<String, Double> attributes,
                 List<UnitTouch> units, List<ZoneTouch> zones, AssessmentReport.MeasureKind measureKind) { }

    List<Finding> evaluate(Facts f, List<Notice> warnings) {
        List<Finding> out = new ArrayList<>();
        for (Rule r : rules.rules()) {
            Finding finding = evaluate(r, f, warnings);
            if (finding != null) out.add(finding);
        }
        out.sort((a, b) -> Integer.compare(b.verdict().severity(), a.verdict().severity()));
        return out;
    }

    private Finding evaluate(Rule r, Facts f, List<Notice> warnings) {
        if (!r.natures().contains(f.nature())) return null;
        for (String ex : r.industries().exclude()) if (f.chainCodes().contains(ex)) return null;
        String matchedCode = null;
        List<String> possible = List.of();
        if (!r.industries().any()) {
            for (String inc : r.industries().include()) {
                if (f.chainCodes().contains(inc) && (matchedCode == null || inc.length() > matchedCode.length())) matchedCode = inc;
            }
            if (matchedCode == null) {
                possible = coarseMatches(r.industries().include(), f.industry());
                if (possible.isEmpty()) return null;
            }
        }

        List<UnitTouch> units = new ArrayList<>();
        for (UnitTouch t : f.units()) {
            ControlUnit u = t.unit().unit();
            if (r.scope().unitClasses().contains(u.unitClass()) || r.scope().unitSubtypes().contains(u.subtype())) units.add(t);
        }
        List<ZoneTouch> zones = new ArrayList<>();
        List<ZoneScope> zoneScopes = new ArrayList<>();
        for (ZoneTouch t : f.zones()) {
            ElementZone z = t.zone().zone();
            for (ZoneScope zs : r.scope().zones()) {
                if (zs.type() == z.type() && zs.acceptsName(z.name()) && (t.inside() || (zs.withinMeters() > 0 && t.distance() <= zs.withinMeters()))) {
                    zones.add(t);
                    zoneScopes.add(zs);
                    break;
                }
            }
        }
        boolean province = r.scope().provinceWide() && !f.units().isEmpty();
        if (!province && units.isEmpty() && zones.isEmpty()) return null;

        List<String> condZh = new ArrayList<>();
        List<String> condEn = new ArrayList<>();
        for (AttributeCondition c : r.conditions()) {
            AttributeSpec spec = rules.attributes().get(c.attribute());
            String label = spec == null ? c.attribute() : spec.labelZh();
            String labelEn = spec == null ? c.attribute() : spec.labelEn();
            String unit = spec == null || spec.unit().isEmpty() ? "" : " " + spec.unit();
            Double v = f.attributes().get(c.attribute());
            if (v == null) {
                if (c.ifMissing() == MissingPolicy.NO_MATCH) {
                    warnings.add(new Notice("MISSING_ATTRIBUTE",
                            "规则 " + r.id() + "（" + r.titleZh() + "）需要" + label + "（" + c.attribute() + "）才能判定，项目未提供，本次未判定该规则",
                            "rule " + r.id() + " needs " + labelEn + " (" + c.attribute() + ") to decide; it was not given, so the rule was not applied"));
                    return null;
                }
                warnings.add(new Notice("MISSING_ATTRIBUTE",
                        "规则 " + r.id() + "：项目未提供" + label + "（" + c.attribute() + "），按不利情形（" + c.describe() + "）判定",
                        "rule " + r.id() + ": " + labelEn + " (" + c.attribute() + ") was not given; assumed the unfavourable case (" + c.describe() + ")"));
                condZh.add("未提供" + label + "，按 " + c.describe() + " 处理");
                condEn.add(labelEn + " not given, taken as " + c.describe());
            } else {
                if (!c.op().test(v, c.value())) return null;
                condZh.add(label + " " + fmt(v) + unit + "，满足 " + c.describe() + unit);
                condEn.add(labelEn + " " + fmt(v) + unit + " meets " + c.describe() + unit);
            }
        }

        if (!possible.isEmpty()) {
            List<String> labels = possible.stream().map(c -> catalog.require(c).label()).toList();
            warnings.add(new Notice("INDUSTRY_TOO_COARSE",
                    "行业代码 " + f.industry().label() + " 较粗：规则 " + r.id() + "（" + r.titleZh() + "）适用于其中的 " + String.join("、", labels)
                            + "，请提供 4 位小类代码以便判定",
                    "industry code " + f.industry().code() + " is too coarse: rule " + r.id() + " applies to " + String.join(", ", possible)
                            + " within it; give the 4-digit class code to decide"));
            return null;
        }

        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        Set<String> unitCodes = new LinkedHashSet<>();
        Set<String> zoneIds = new LinkedHashSet<>();
        if (!units.isEmpty()) {
            List<String> us = new ArrayList<>(), usEn = new ArrayList<>();
            for (UnitTouch t : units) {
                ControlUnit u = t.unit().unit();
                unitCodes.add(u.code().value());
                us.add(u.unitClass().labelZh() + "「" + u.name() + "」（" + u.code() + "，" + u.subtype().labelZh() + "，占项目 " + pct(t.share()) + "）");
                usEn.add(u.unitClass().labelEn().toLowerCase(Locale.ROOT) + " " + u.code() + " \"" + u.name() + "\" (" + u.subtype().labelEn()
                        + ", " + pct(t.share()) + " of the site)");
            }
            zh.add("项目涉及" + String.join("、", us));
            en.add("the site touches " + String.join(", ", usEn));
        }
        for (int i = 0; i < zones.size(); i++) {
            ZoneTouch t = zones.get(i);
            ElementZone z = t.zone().zone();
            zoneIds.add(z.id());
            if (t.inside()) {
                String ov = overlap(t.overlap(), f.measureKind());
                zh.add("项目位于" + z.type().labelZh() + "「" + z.name() + "」内" + (ov.isEmpty() ? "" : "（重叠 " + ov + "）"));
                en.add("the site lies in " + z.type().labelEn() + " \"" + z.name() + "\"" + (ov.isEmpty() ? "" : " (overlap " + ov + ")"));
            } else {
                double w = zoneScopes.get(i).withinMeters();
                zh.add("项目距" + z.type().labelZh() + "「" + z.name() + "」" + fmt(round(t.distance(), 1)) + " 米，在规则规定的 " + fmt(w) + " 米范围内");
                en.add("the site is " + fmt(round(t.distance(), 1)) + " m from " + z.type().labelEn() + " \"" + z.name() + "\", within the rule's "
                        + fmt(w) + " m");
            }
        }
        if (zh.isEmpty()) {
            zh.add("项目位于本方案管控范围内（全省适用）");
            en.add("the site lies within the scheme (rule applies province-wide)");
        }
        if (matchedCode == null) {
            String exc = r.industries().exclude().isEmpty() ? "" : "（" + String.join("、", r.industries().exclude().stream()
                    .map(c -> catalog.require(c).label()).toList()) + " 除外）";
            zh.add("规则适用于所有行业" + exc + "，项目行业为「" + f.industry().label() + "」");
            en.add("the rule applies to every industry" + (exc.isEmpty() ? "" : " except " + String.join(", ", r.industries().exclude()))
                    + "; the project is " + f.industry().code());
        } else if (matchedCode.equals(f.industry().code())) {
            zh.add("项目行业「" + f.industry().label() + "」为规则所列行业");
            en.add("industry " + f.industry().code() + " is listed by the rule");
        } else {
            zh.add("项目行业「" + f.industry().label() + "」属于规则所列「" + catalog.require(matchedCode).label() + "」");
            en.add("industry " + f.industry().code() + " falls within " + matchedCode + " listed by the rule");
        }
        zh.add("建设性质为" + f.nature().labelZh());
        en.add("construction nature: " + f.nature().labelEn().toLowerCase(Locale.ROOT));
        zh.addAll(condZh);
        en.addAll(condEn);

        String reasonZh = String.join("；", zh) + "。";
        String reasonEn = capitalise(String.join("; ", en)) + ".";
        return new Finding(r.id(), r.titleZh(), r.titleEn(), r.section(), r.dimension(), r.dimension().labelZh(), r.verdict(),
                r.verdict().labelZh(), r.flags().stream().sorted().toList(), List.copyOf(unitCodes), List.copyOf(zoneIds), List.of(),
                r.requirementZh(), r.requirementEn(), reasonZh, reasonEn);
    }

    /** Codes of a rule that lie strictly below the project's (too coarse) code; usually none. */
    private List<String> coarseMatches(List<String> include, Industry project) {
        List<String> out = null;
        for (String c : include) {
            if (c.length() > project.code().length() || (project.level() == org.ecozoning.industry.IndustryLevel.SECTION && c.length() > 1)) {
                if (catalog.isWithin(c, project.code())) {
                    if (out == null) out = new ArrayList<>(2);
                    out.add(c);
                }
            }
        }
        return out == null ? List.of() : out;
    }

    static String overlap(double v, AssessmentReport.MeasureKind kind) {
        return switch (kind) {
            case AREA -> grouped(Math.round(v)) + " m²";
            case LENGTH -> grouped(Math.round(v)) + " m";
            case POINTS -> "";
        };
    }

    /** 1234567 → "1,234,567" (String.format is slow on the hot path). */
    static String grouped(long v) {
        String digits = Long.toString(Math.abs(v));
        StringBuilder b = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (v < 0) b.append('-');
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        b.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) b.append(',').append(digits, i, i + 3);
        return b.toString();
    }

    /** 0.5 → "50.0%". */
    static String pct(double share) {
        long tenths = Math.round(share * 1000);
        return (tenths / 10) + "." + Math.abs(tenths % 10) + "%";
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "");
    }

    static double round(double v, int decimals) {
        double s = Math.pow(10, decimals);
        return Math.round(v * s) / s;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
