package org.ecozoning.ogc.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ecozoning.compliance.AssessmentReport;
import org.ecozoning.compliance.AssessmentReport.MeasureKind;

/** Wording shared by the HTML and PDF reports, so both say the same thing. */
final class ReportText {
    static final String TITLE = "建设项目生态环境分区管控符合性预判报告";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneId.of("Asia/Shanghai"));

    private ReportText() { }

    static String size(AssessmentReport r) {
        var m = r.measure();
        if (m == null) return "—";
        if (m.kind() == MeasureKind.AREA) return fmt(m.area()) + " 平方米（" + fmt(m.area() / 10_000) + " 公顷）";
        if (m.kind() == MeasureKind.LENGTH) return fmt(m.length()) + " 米";
        return m.pointCount() + " 个点";
    }

    static String fmt(double d) { return String.format(Locale.ROOT, "%,.2f", d); }

    static String pct(double share) { return String.format(Locale.ROOT, "%.2f%%", share * 100); }

    static String distance(Distances.Nearest n) {
        if (n == null) return "周边 " + (int) (Distances.MAX_SEARCH_METRES / 1000) + " 公里内无";
        if (n.metres() == 0) return "项目与其相交：" + n.name() + "（" + n.code() + "）";
        return fmt(n.metres()) + " 米 — " + n.name() + "（" + n.code() + "）";
    }

    static String clauseFinding(AssessmentReport.ClauseEntry c) {
        if (c.verdict() == null) return "需遵守（未触发规则）";
        return c.verdict().labelZh() + (c.decisive() ? "（决定性）" : "");
    }

    static String coordinates(double[] c) {
        return c == null ? "—" : String.format(Locale.ROOT, "东经 %.6f°，北纬 %.6f°", c[0], c[1]);
    }
}
