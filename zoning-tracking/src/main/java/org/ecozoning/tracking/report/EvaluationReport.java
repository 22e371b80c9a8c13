package org.ecozoning.tracking.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecozoning.tracking.applications.ApplicationStatistics;
import org.ecozoning.tracking.monitoring.Figures;
import org.ecozoning.tracking.monitoring.Indicator;
import org.ecozoning.tracking.supervision.CaseStatus;

/**
 * The five-year evaluation report (五年实施评估报告): the trend of every indicator and of target
 * attainment over the period, applications per year, all changes between versions in the
 * period and the supervision cases per year, as printable Chinese HTML with inline SVG charts.
 */
public final class EvaluationReport {
    private final int firstYear;
    private final int lastYear;
    private final ReportSources src;
    private final Map<Integer, List<IndicatorLine>> indicators = new LinkedHashMap<>();
    private final Map<Integer, ApplicationStatistics> applications = new LinkedHashMap<>();
    private final Map<Integer, Map<CaseStatus, Long>> cases = new LinkedHashMap<>();
    private final List<VersionChange> versionChanges;

    private EvaluationReport(int firstYear, int lastYear, ReportSources src) {
        if (lastYear < firstYear) throw new IllegalArgumentException("评估期无效 / invalid period " + firstYear + "–" + lastYear);
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.src = src;
        for (int y = firstYear; y <= lastYear; y++) {
            indicators.put(y, ReportFigures.lines(src.statistics(), src.scheme().provinceCode(), y));
            applications.put(y, ApplicationStatistics.compute(src.store(), ApplicationStatistics.inYear(y)));
            cases.put(y, src.cases().countByStatus(y));
        }
        this.versionChanges = VersionChange.between(src.store(), LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
    }

    public static EvaluationReport build(int firstYear, int lastYear, ReportSources src) { return new EvaluationReport(firstYear, lastYear, src); }

    public Map<Integer, List<IndicatorLine>> indicators() { return indicators; }

    public Map<Integer, ApplicationStatistics> applications() { return applications; }

    public Map<Integer, Map<CaseStatus, Long>> cases() { return cases; }

    public List<VersionChange> versionChanges() { return versionChanges; }

    /** The province figure of an indicator in a year, or NaN. */
    public double provinceValue(int year, Indicator ind) {
        return indicators.getOrDefault(year, List.of()).stream().filter(l -> l.indicator() == ind).findFirst().map(l -> l.province().value()).orElse(Double.NaN);
    }

    public String html() {
        String title = src.authority() + " 生态环境分区管控实施评估报告（" + firstYear + "—" + lastYear + "年）";
        StringBuilder b = new StringBuilder("<h1>").append(Html.esc(title)).append("</h1>");
        b.append("<p class=\"meta\">方案版本：").append(Html.esc(src.scheme().version())).append("　编制日期：").append(LocalDate.now()).append("</p>");
        int n = lastYear - firstYear + 1;

        b.append("<h2>一、环境质量变化趋势</h2>");
        List<String> header = new ArrayList<>(List.of("指标"));
        for (int y = firstYear; y <= lastYear; y++) header.add(y + "年");
        header.add("变化");
        List<List<String>> rows = new ArrayList<>();
        for (Indicator ind : Indicator.values()) {
            List<String> r = new ArrayList<>(List.of(ind.code() + "（" + ind.unit() + "）"));
            for (int y = firstYear; y <= lastYear; y++) {
                int yy = y;
                r.add(indicators.get(y).stream().filter(l -> l.indicator() == ind).findFirst().map(l -> l.province().valueText()
                        + (Boolean.FALSE.equals(l.province().attained()) ? "（未达标）" : "")).orElse("—"));
            }
            double a = provinceValue(firstYear, ind);
            double z = provinceValue(lastYear, ind);
            r.add(Double.isFinite(a) && Double.isFinite(z) && a != 0 ? (z <= a ? "下降 " : "上升 ") + Figures.percent(Math.abs(z - a) / a) : "—");
            if (r.stream().skip(1).anyMatch(s -> !s.equals("—"))) rows.add(r);
        }
        b.append(Html.table(header, rows));
        for (Indicator[] group : List.of(new Indicator[] {Indicator.PM25, Indicator.PM10, Indicator.O3}, new Indicator[] {Indicator.COD, Indicator.NH3N})) {
            List<Svg.Series> series = new ArrayList<>();
            for (Indicator ind : group) {
                double[] v = new double[n];
                for (int i = 0; i < n; i++) v[i] = provinceValue(firstYear + i, ind);
                if (java.util.Arrays.stream(v).anyMatch(Double::isFinite)) series.add(new Svg.Series(ind.code(), v));
            }
            if (!series.isEmpty()) b.append(Svg.lines("全省年值变化（" + group[0].unit() + "）", firstYear, series, null, null));
        }
        List<Svg.Series> rates = new ArrayList<>();
        for (Indicator ind : List.of(Indicator.PM25, Indicator.WATER_CLASS)) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = indicators.get(firstYear + i).stream().filter(l -> l.indicator() == ind).findFirst().map(l -> l.stationAttainmentRate() * 100)
                        .orElse(Double.NaN);
            }
            rates.add(new Svg.Series(ind.code() + " 站点达标率", v));
        }
        b.append(Svg.lines("站点达标率（%）", firstYear, rates, null, "%"));

        b.append("<h2>二、分区管控应用情况</h2>");
        List<List<String>> ar = new ArrayList<>();
        for (Map.Entry<Integer, ApplicationStatistics> e : applications.entrySet()) {
            ApplicationStatistics s = e.getValue();
            ar.add(List.of(e.getKey() + "年", Long.toString(s.total()), Long.toString(s.prohibited()), Figures.percent(s.prohibitedRate()),
                    Long.toString(s.restricted()), Figures.percent(s.restrictedRate())));
        }
        b.append(Html.table(List.of("年度", "研判次数", "禁止类", "禁止率", "限制类", "限制率"), ar));
        b.append(Svg.bars("各年研判次数", applications.entrySet().stream().map(e -> new Svg.Bar(e.getKey() + "年", e.getValue().total(), null)).toList(), null, null));

        b.append("<h2>三、方案调整情况</h2>");
        b.append("<p>评估期内方案调整 ").append(versionChanges.size()).append(" 次。</p>");
        b.append(TrackingReport.versionTable(versionChanges));

        b.append("<h2>四、监督管理</h2>");
        List<String> ch = new ArrayList<>(List.of("年度", "合计"));
        for (CaseStatus s : CaseStatus.values()) ch.add(s.labelZh());
        List<List<String>> cr = new ArrayList<>();
        for (Map.Entry<Integer, Map<CaseStatus, Long>> e : cases.entrySet()) {
            List<String> r = new ArrayList<>(List.of(e.getKey() + "年", Long.toString(e.getValue().values().stream().mapToLong(Long::longValue).sum())));
            for (CaseStatus s : CaseStatus.values()) r.add(Long.toString(e.getValue().getOrDefault(s, 0L)));
            cr.add(r);
        }
        b.append(Html.table(ch, cr));

        b.append("<h2>五、评估结论</h2><ul>");
        for (Indicator ind : List.of(Indicator.PM25, Indicator.NH3N)) {
            double a = provinceValue(firstYear, ind);
            double z = provinceValue(lastYear, ind);
            if (Double.isFinite(a) && Double.isFinite(z)) {
                b.append("<li>全省 ").append(ind.code()).append(" 由 ").append(Figures.number(a)).append(" 变为 ").append(Figures.number(z)).append(' ')
                        .append(Html.esc(ind.unit())).append("，").append(z <= a ? "持续改善" : "有所反弹，需加强管控").append("。</li>");
            }
        }
        b.append("</ul>");
        return Html.page(title, b.toString());
    }
}
