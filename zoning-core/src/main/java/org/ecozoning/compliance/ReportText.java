package org.ecozoning.compliance;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecozoning.model.Dimension;
import org.ecozoning.model.ListLevel;

/**
 * Renders an {@link AssessmentReport} as plain Chinese text for a terminal or an e-mail: verdict,
 * measurement (the Gauss-Krüger zone used), the units with area and share, the element zones, the
 * findings with their reasons, the clauses by level and dimension, and the warnings. The JSON form
 * of the report (docs/REPORT-SCHEMA.md) stays the reference; this is a reading aid.
 */
public final class ReportText {

    private ReportText() {
    }

    /**
     * @param r the report
     * @return the text, lines separated by {@code \n}
     */
    public static String render(AssessmentReport r) {
        StringBuilder b = new StringBuilder();
        b.append("建设项目生态环境分区管控符合性研判 / Compliance check\n");
        b.append("方案版本 / Scheme：").append(r.schemeVersion());
        if (r.rulesVersion() != null) {
            b.append("（规则 / rules ").append(r.rulesVersion()).append("）");
        }
        b.append('\n');
        AssessmentReport.InputEcho in = r.input();
        if (in != null) {
            if (in.projectName() != null) {
                b.append("项目 / Project：").append(in.projectName()).append('\n');
            }
            b.append("行业 / Industry：").append(in.industryCode());
            if (in.industryName() != null) {
                b.append(' ').append(in.industryName());
            }
            b.append("；性质 / Nature：").append(in.natureZh() != null ? in.natureZh() : String.valueOf(in.nature())).append('\n');
            if (in.attributes() != null && !in.attributes().isEmpty()) {
                b.append("属性 / Attributes：").append(in.attributes().entrySet().stream()
                        .map(e -> e.getKey() + "=" + num(e.getValue())).collect(Collectors.joining(", "))).append('\n');
            }
            b.append("几何 / Geometry：").append(in.geometryType()).append("，").append(in.vertexCount()).append(" 个顶点");
            if (in.crsResolved() != null) {
                b.append("，坐标系 ").append(in.crsResolved());
            }
            if (in.axesSwapped()) {
                b.append("（已交换经纬度 / axes swapped）");
            }
            if (in.repaired()) {
                b.append("（几何已修复 / repaired）");
            }
            b.append('\n');
        }
        b.append('\n').append("结论 / Verdict：").append(r.verdictZh()).append("（").append(r.verdict()).append("）\n");
        if (r.summaryZh() != null) {
            b.append(r.summaryZh()).append('\n');
        }
        AssessmentReport.Measure m = r.measure();
        if (m != null) {
            b.append("量算 / Measured in：").append(m.crsName() != null ? m.crsName() : m.crs())
                    .append("（").append(m.crs()).append("，中央经线 ").append(num(m.centralMeridian())).append("°E）");
            switch (m.kind()) {
                case AREA -> b.append("，面积 ").append(area(m.area()));
                case LENGTH -> b.append("，长度 ").append(num(m.length())).append(" m");
                case POINTS -> b.append("，").append(m.pointCount()).append(" 个点");
            }
            b.append("，位于方案范围内 ").append(pct(m.insideShare())).append('\n');
        }

        b.append('\n').append("涉及的环境管控单元 / Control units（").append(r.units().size()).append("）\n");
        for (AssessmentReport.UnitHit u : r.units()) {
            b.append("  ").append(u.code()).append(' ').append(u.name()).append("［").append(u.unitClassZh());
            if (u.subtypeZh() != null) {
                b.append(" · ").append(u.subtypeZh());
            }
            b.append("］").append(nz(u.cityName())).append(nz(u.countyName()));
            if (m != null && m.kind() == AssessmentReport.MeasureKind.AREA) {
                b.append("，重叠 ").append(area(u.overlap()));
            } else if (m != null && m.kind() == AssessmentReport.MeasureKind.LENGTH) {
                b.append("，长度 ").append(num(u.overlap())).append(" m");
            }
            b.append("，占 ").append(pct(u.share())).append('\n');
        }
        if (r.units().isEmpty()) {
            b.append("  （无 / none）\n");
        }

        b.append('\n').append("涉及的要素管控分区 / Element zones（").append(r.zones().size()).append("）\n");
        for (AssessmentReport.ZoneHit z : r.zones()) {
            b.append("  ").append(z.id()).append(' ').append(z.typeZh()).append(z.name() == null ? "" : " " + z.name());
            if (z.inside()) {
                b.append("，位于其中，占 ").append(pct(z.share()));
            } else {
                b.append("，距离 ").append(num(z.distance())).append(" m");
            }
            b.append('\n');
        }
        if (r.zones().isEmpty()) {
            b.append("  （无 / none）\n");
        }

        b.append('\n').append("研判依据 / Findings（").append(r.findings().size()).append("）\n");
        for (AssessmentReport.Finding f : r.findings()) {
            b.append("  [").append(f.verdictZh()).append("] ").append(f.ruleId()).append(' ').append(f.titleZh())
                    .append("（").append(f.dimensionZh());
            if (f.section() != null) {
                b.append("，").append(f.section());
            }
            b.append("）\n");
            if (f.reasonZh() != null) {
                b.append("      理由：").append(f.reasonZh()).append('\n');
            }
            if (f.requirementZh() != null) {
                b.append("      要求：").append(f.requirementZh()).append('\n');
            }
            if (f.clauseIds() != null && !f.clauseIds().isEmpty()) {
                b.append("      条款：").append(String.join("、", f.clauseIds())).append('\n');
            }
        }
        if (r.findings().isEmpty()) {
            b.append("  （无规则触发 / no rule fired）\n");
        }

        if (!r.dimensions().isEmpty()) {
            b.append('\n').append("分维度结论 / By dimension\n");
            for (AssessmentReport.DimensionVerdict d : r.dimensions()) {
                b.append("  ").append(d.dimensionZh()).append("：").append(d.verdictZh()).append('\n');
            }
        }

        b.append('\n').append("适用的准入清单条款 / Applicable clauses（").append(r.clauses().size()).append("）\n");
        Map<ListLevel, Map<Dimension, List<AssessmentReport.ClauseEntry>>> byLevel = r.clauses().stream()
                .collect(Collectors.groupingBy(AssessmentReport.ClauseEntry::level, () -> new java.util.EnumMap<>(ListLevel.class),
                        Collectors.groupingBy(AssessmentReport.ClauseEntry::dimension, () -> new java.util.EnumMap<>(Dimension.class),
                                Collectors.toList())));
        byLevel.forEach((level, dims) -> {
            b.append("  ").append(level.labelZh()).append('\n');
            dims.forEach((dim, clauses) -> {
                b.append("    ").append(dim.labelZh()).append('\n');
                for (AssessmentReport.ClauseEntry c : clauses) {
                    b.append("      ").append(c.decisive() ? "★ " : "- ").append(c.id());
                    if (c.scopeName() != null) {
                        b.append("（").append(c.scopeName()).append("）");
                    }
                    b.append(' ').append(c.text()).append('\n');
                }
            });
        });

        if (!r.warnings().isEmpty()) {
            b.append('\n').append("提示 / Warnings\n");
            for (AssessmentReport.Notice n : r.warnings()) {
                b.append("  ").append(n.code()).append("：").append(n.messageZh()).append('\n');
            }
        }
        return b.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : " " + s;
    }

    private static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String area(double m2) {
        return m2 >= 1e6 ? String.format(Locale.ROOT, "%.3f km²", m2 / 1e6)
                : m2 >= 1e4 ? String.format(Locale.ROOT, "%.0f m²（%.2f 公顷）", m2, m2 / 1e4)
                : String.format(Locale.ROOT, "%.0f m²", m2);
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
