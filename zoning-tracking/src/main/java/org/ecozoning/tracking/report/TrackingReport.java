package org.ecozoning.tracking.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecozoning.tracking.applications.ApplicationStatistics;
import org.ecozoning.tracking.monitoring.Figures;
import org.ecozoning.tracking.monitoring.Indicator;
import org.ecozoning.tracking.monitoring.ScopeFigure;
import org.ecozoning.tracking.monitoring.ScopeLevel;
import org.ecozoning.tracking.monitoring.StationFigure;
import org.ecozoning.tracking.supervision.CaseQuery;
import org.ecozoning.tracking.supervision.CaseStatus;
import org.ecozoning.tracking.supervision.SupervisionCase;

/**
 * The yearly tracking report (年度跟踪评估报告) of the zoning scheme, in Chinese, as printable HTML
 * with inline SVG charts and a map: environmental-quality indicators and target attainment,
 * application statistics, changes between versions, supervision cases, and the figures a
 * department files upward ({@link #filing()}, also printed as the last section).
 */
public final class TrackingReport {
    private final int year;
    private final ReportSources src;
    private final List<IndicatorLine> indicators;
    private final ApplicationStatistics applications;
    private final List<VersionChange> versionChanges;
    private final Map<CaseStatus, Long> cases;
    private final List<SupervisionCase> caseList;

    private TrackingReport(int year, ReportSources src) {
        this.year = year;
        this.src = src;
        this.indicators = ReportFigures.lines(src.statistics(), src.scheme().provinceCode(), year);
        this.applications = ApplicationStatistics.compute(src.store(), ApplicationStatistics.inYear(year));
        this.versionChanges = VersionChange.between(src.store(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        this.cases = src.cases().countByStatus(year);
        this.caseList = src.cases().list(CaseQuery.all().year(year).page(30, 0));
    }

    public static TrackingReport build(int year, ReportSources src) { return new TrackingReport(year, src); }

    public int year() { return year; }

    public List<IndicatorLine> indicators() { return indicators; }

    public ApplicationStatistics applications() { return applications; }

    public List<VersionChange> versionChanges() { return versionChanges; }

    public Map<CaseStatus, Long> cases() { return cases; }

    public long caseTotal() { return cases.values().stream().mapToLong(Long::longValue).sum(); }

    /** The figures filed upward (报送数据), in a fixed structure; Jackson-serialisable. */
    public Map<String, Object> filing() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", "ecozoning-tracking-filing/1");
        m.put("报送单位", src.authority());
        m.put("年度", year);
        m.put("方案版本", src.scheme().version());
        List<Map<String, Object>> q = new ArrayList<>();
        for (IndicatorLine l : indicators) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("指标", l.indicator().code());
            r.put("全省年值", l.province().valueText());
            r.put("单位", l.indicator().unit());
            r.put("目标", l.province().target() == null ? null : l.province().target().describeZh());
            r.put("是否达标", l.province().attained());
            r.put("达标城市数", l.citiesAttaining());
            r.put("考核城市数", l.cities());
            r.put("站点达标率", Figures.percent(l.stationAttainmentRate()));
            q.add(r);
        }
        m.put("环境质量", q);
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("研判总数", applications.total());
        a.put("禁止类数", applications.prohibited());
        a.put("限制类数", applications.restricted());
        a.put("禁止率", Figures.percent(applications.prohibitedRate()));
        a.put("限制率", Figures.percent(applications.restrictedRate()));
        m.put("应用情况", a);
        m.put("方案调整次数", versionChanges.size());
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("案件总数", caseTotal());
        cases.forEach((k, v) -> c.put(k.labelZh(), v));
        m.put("监管案件", c);
        return m;
    }

    public String html() {
        StringBuilder b = new StringBuilder();
        String title = src.authority() + " " + year + "年度生态环境分区管控实施跟踪评估报告";
        b.append("<h1>").append(Html.esc(title)).append("</h1>");
        b.append("<p class=\"meta\">方案版本：").append(Html.esc(src.scheme().version())).append("　编制日期：").append(LocalDate.now()).append("</p>");

        b.append("<h2>一、环境质量指标与目标达成</h2>");
        List<List<String>> rows = new ArrayList<>();
        for (IndicatorLine l : indicators) {
            ScopeFigure p = l.province();
            rows.add(List.of(l.indicator().code() + "（" + l.indicator().nameZh() + "）", p.valueText() + (l.indicator() == Indicator.WATER_CLASS ? "" : " " + l.indicator().unit()),
                    p.target() == null ? "—" : p.target().describeZh(), p.attained() == null ? "—" : p.attained() ? "达标" : "未达标",
                    l.citiesAttaining() + "/" + l.cities(), Figures.percent(l.stationAttainmentRate()), Integer.toString(p.stations())));
        }
        b.append(Html.table(List.of("指标", "全省年值", "目标", "全省达标", "达标城市/考核城市", "站点达标率", "站点数"), rows));
        b.append("<p class=\"note\">年值：PM2.5、PM10、COD、氨氮为年均值，O3 为第90百分位数，水质类别为年均类别（向上取整）；全省、市、县值为所辖站点年值的平均。</p>");
        for (Indicator ind : List.of(Indicator.PM25, Indicator.NH3N)) {
            List<ScopeFigure> cities = src.statistics().scopes(ScopeLevel.CITY, year, ind);
            if (cities.isEmpty()) continue;
            List<Svg.Bar> bars = cities.stream().map(c -> new Svg.Bar(c.name(), c.value(), c.attained())).toList();
            Double target = indicators.stream().filter(l -> l.indicator() == ind).findFirst().map(l -> l.province().target())
                    .map(t -> t.limit()).orElse(null);
            b.append(Svg.bars(year + "年各市 " + ind.code() + " 年值（" + ind.unit() + "）", bars, target, ind.unit()));
        }
        List<Svg.MapPoint> pts = new ArrayList<>();
        for (StationFigure s : src.statistics().stations()) {
            if (s.year() == year && s.indicator() == Indicator.PM25) {
                pts.add(new Svg.MapPoint(s.station().lon(), s.station().lat(), s.attained(), s.station().name() + " " + Figures.number(s.value())));
            }
        }
        b.append(Svg.map(year + "年空气监测站点 PM2.5 达标情况（绿：达标，红：未达标）", src.scheme().counties(), pts));

        b.append("<h2>二、分区管控应用情况</h2>");
        b.append("<p>全年共开展符合性研判 ").append(applications.total()).append(" 次，其中禁止类 ").append(applications.prohibited()).append(" 次（禁止率 ")
                .append(Figures.percent(applications.prohibitedRate())).append("），限制类 ").append(applications.restricted()).append(" 次（限制率 ")
                .append(Figures.percent(applications.restrictedRate())).append("）。</p>");
        b.append(countTable("按研判结论", applications.by("verdict")));
        b.append(Svg.bars("按管控单元类别（次）", applications.by("unitClass").stream().map(c -> new Svg.Bar(c.label(), c.count(), null)).toList(), null, null));
        b.append(countTable("按城市", applications.by("city")));
        b.append(countTable("按行业门类", applications.by("industrySection")));
        b.append(countTable("触发最多的规则", applications.topRules(10)));

        b.append("<h2>三、方案调整情况</h2>");
        b.append(versionTable(versionChanges));

        b.append("<h2>四、监督管理与案件办理</h2>");
        b.append("<p>").append(year).append("年监测发现并立案 ").append(caseTotal()).append(" 件。</p>");
        List<List<String>> cr = new ArrayList<>();
        cases.forEach((k, v) -> cr.add(List.of(k.labelZh(), Long.toString(v))));
        b.append(Html.table(List.of("案件状态", "件数"), cr));
        List<List<String>> cl = new ArrayList<>();
        for (SupervisionCase c : caseList) {
            cl.add(List.of(Long.toString(c.id()), c.changeId(), c.detectedOn().toString(), c.source(), c.reason().labelZh(), String.join("、", c.ruleIds()),
                    c.status().labelZh()));
        }
        b.append("<h3>案件清单（前 30 件）</h3>").append(Html.table(List.of("编号", "图斑", "监测日期", "来源", "立案原因", "涉及规则", "状态"), cl));
        List<Svg.MapPoint> casePts = caseList.stream().map(c -> new Svg.MapPoint(c.geometry().getCentroid().getX(), c.geometry().getCentroid().getY(),
                c.status() == CaseStatus.DISMISSED ? Boolean.TRUE : c.status() == CaseStatus.CONFIRMED ? Boolean.FALSE : null, c.changeId())).toList();
        if (!casePts.isEmpty()) b.append(Svg.map("案件分布", src.scheme().counties(), casePts));

        b.append("<h2>五、报送数据</h2>");
        b.append(filingTable(filing()));
        return Html.page(title, b.toString());
    }

    static String countTable(String title, List<ApplicationStatistics.Count> counts) {
        List<List<String>> rows = counts.stream().map(c -> List.of(c.label() == null ? c.key() : c.label(), Long.toString(c.count()))).toList();
        return "<h3>" + Html.esc(title) + "</h3>" + Html.table(List.of("类别", "次数"), rows);
    }

    static String versionTable(List<VersionChange> changes) {
        List<List<String>> rows = new ArrayList<>();
        for (VersionChange v : changes) {
            rows.add(List.of(v.fromName() + " → " + v.toName(), v.effective().toString(), Integer.toString(v.total()),
                    v.summary().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).reduce((x, y) -> x + "，" + y).orElse("无")));
        }
        return Html.table(List.of("版本", "生效日期", "变化数", "明细"), rows);
    }

    @SuppressWarnings("unchecked")
    static String filingTable(Map<String, Object> filing) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Object> e : filing.entrySet()) {
            if (e.getValue() instanceof List<?> l) {
                for (Object o : l) {
                    Map<String, Object> r = (Map<String, Object>) o;
                    rows.add(List.of(e.getKey() + "·" + r.values().iterator().next(), r.entrySet().stream().skip(1).map(x -> x.getKey() + "：" + x.getValue())
                            .reduce((x, y) -> x + "；" + y).orElse("")));
                }
            } else if (e.getValue() instanceof Map<?, ?> mm) {
                rows.add(List.of(e.getKey(), mm.entrySet().stream().map(x -> x.getKey() + "：" + x.getValue()).reduce((x, y) -> x + "；" + y).orElse("")));
            } else {
                rows.add(List.of(e.getKey(), String.valueOf(e.getValue())));
            }
        }
        return Html.table(List.of("填报项", "内容"), rows);
    }
}
