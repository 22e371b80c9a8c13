package org.ecozoning.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ecozoning.compliance.AssessmentReport;
import org.ecozoning.compliance.ComplianceEngine;
import org.ecozoning.compliance.ProjectInput;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.SchemeContent;
import org.ecozoning.rules.ProjectNature;
import org.ecozoning.rules.Verdict;
import org.ecozoning.scheme.Scheme;
import org.ecozoning.store.Attribution;
import org.ecozoning.store.NewAssessment;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeStores;
import org.ecozoning.store.SchemeVersion;
import org.ecozoning.store.VersionKind;
import org.ecozoning.tracking.monitoring.Figures;
import org.ecozoning.tracking.monitoring.Indicator;
import org.ecozoning.tracking.monitoring.Reading;
import org.ecozoning.tracking.monitoring.SampleMonitoringGenerator;
import org.ecozoning.tracking.monitoring.StationLocator;
import org.ecozoning.tracking.monitoring.TargetSet;
import org.ecozoning.tracking.monitoring.YearlyStatistics;
import org.ecozoning.tracking.report.EvaluationReport;
import org.ecozoning.tracking.report.IndicatorLine;
import org.ecozoning.tracking.report.ReportSources;
import org.ecozoning.tracking.report.TrackingReport;
import org.ecozoning.tracking.supervision.CaseReason;
import org.ecozoning.tracking.supervision.CaseStatus;
import org.ecozoning.tracking.supervision.CaseStore;
import org.ecozoning.tracking.supervision.ChangePolygon;
import org.ecozoning.tracking.supervision.NewCase;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.ecozoning.tracking.report.ReportPdf;
import org.ecozoning.tracking.units.UnitStatistics;
import org.ecozoning.tracking.units.UnitYear;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/** Both reports from sample data, their figures checked against an independent computation. */
class ReportsTest {
    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2021-03-01T00:00:00Z");

        @Override
        public ZoneId getZone() { return ZoneOffset.UTC; }

        @Override
        public Clock withZone(ZoneId zone) { return this; }

        @Override
        public Instant instant() { return now; }
    }

    static final Attribution BY = Attribution.of("报告测试", null);
    static SchemeStore store;
    static ReportSources sources;
    static List<Reading> readings;
    static Map<Integer, int[]> verdictsByYear = new HashMap<>(); // year → {total, prohibited, restricted}
    static Map<String, int[]> verdictsByUnitYear = new HashMap<>(); // year|unit → {total, prohibited}
    static YearlyStatistics statistics;

    @BeforeAll
    static void setUp() throws Exception {
        Scheme scheme = SampleScheme.get();
        readings = new SampleMonitoringGenerator(11).generate(scheme, 2021, 2025);
        StationLocator locator = new StationLocator(scheme);
        YearlyStatistics stats = YearlyStatistics.compute(readings, locator, TargetSet.load(SampleScheme.workspace().resolve("tracking/targets.json")));

        HandClock clock = new HandClock();
        store = SchemeStores.open("jdbc:h2:mem:reports", clock);
        List<ControlUnit> some = scheme.units().subList(0, 20);
        SchemeVersion v1 = store.createDraft("2021年版", VersionKind.PERIODIC, null, null, BY);
        v1 = store.replaceContent(v1.id(), v1.revision(), new SchemeContent(some, List.of(), List.of()), List.of(), BY);
        v1 = store.file(v1.id(), v1.revision(), "生态环境部", LocalDate.of(2021, 1, 1), BY);
        v1 = store.publish(v1.id(), v1.revision(), LocalDate.of(2021, 1, 1), BY);
        SchemeVersion v2 = store.createDraftFromPublished("2024年动态更新", VersionKind.DYNAMIC, null, BY);
        v2 = store.removeUnit(v2.id(), v2.revision(), some.get(0).code(), BY);
        v2 = store.putUnit(v2.id(), v2.revision(), scheme.units().get(30), BY);
        v2 = store.file(v2.id(), v2.revision(), "生态环境部", LocalDate.of(2024, 5, 1), BY);
        clock.now = Instant.parse("2024-05-02T00:00:00Z");
        v2 = store.publish(v2.id(), v2.revision(), LocalDate.of(2024, 6, 1), BY);

        // saved assessments: real engine reports of projects at random places, spread over the years
        ComplianceEngine engine = new ComplianceEngine(scheme, IndustryCatalog.gbt4754());
        ObjectMapper json = new ObjectMapper();
        Random rnd = new Random(5);
        String[] industries = {"2511", "4411", "4416", "0111", "771", "3011"};
        for (int i = 0; i < 60; i++) {
            int year = 2021 + i % 5;
            clock.now = LocalDate.of(year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)).atStartOfDay(ZoneOffset.ofHours(8)).toInstant().plusSeconds(3600 * 10);
            ControlUnit u = scheme.units().get(rnd.nextInt(scheme.units().size()));
            Geometry site = u.geometry().getInteriorPoint().buffer(0.002, 4);
            AssessmentReport r = engine.assess(ProjectInput.builder().geometry(site).crs("EPSG:4490").industry(industries[i % industries.length])
                    .nature(ProjectNature.NEW).name("项目" + i).build());
            store.saveAssessment(new NewAssessment(v1.id(), "审批科", u.countyCode(), r.verdict().name(), "{}", json.writeValueAsString(r), site));
            for (AssessmentReport.UnitHit hit : r.units()) {
                int[] cu = verdictsByUnitYear.computeIfAbsent(year + "|" + hit.code(), k -> new int[2]);
                cu[0]++;
                if (r.verdict() == Verdict.PROHIBITED) cu[1]++;
            }
            int[] c = verdictsByYear.computeIfAbsent(year, k -> new int[3]);
            c[0]++;
            if (r.verdict() == Verdict.PROHIBITED) c[1]++;
            if (r.verdict() == Verdict.RESTRICTED) c[2]++;
        }
        CaseStore cases = new CaseStore(store);
        List<NewCase> nc = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ChangePolygon ch = new ChangePolygon("T" + i, LocalDate.of(2024, 3 + i, 1), "卫星", some.get(i).geometry().getInteriorPoint().buffer(0.001, 4), null);
            nc.add(new NewCase(ch, v1.id(), CaseReason.RULE_BROKEN, "PROHIBITED", List.of("PRIORITY-REDLINE"), List.of(some.get(i).code().value()), "140105",
                    "测试", 1000));
        }
        List<Long> ids = cases.open(nc, BY);
        cases.move(ids.get(0), 0, CaseStatus.ON_SITE_CHECK, null, null, BY);
        sources = new ReportSources("山西省生态环境厅", scheme, stats, store, cases);
        statistics = stats;
    }

    @AfterAll
    static void tearDown() { store.close(); }

    /** Independent: mean over stations of the mean of their readings of the year. */
    static double provinceMean(Indicator ind, int year) {
        Map<String, double[]> per = new HashMap<>();
        for (Reading r : readings) {
            if (r.indicator() != ind || r.date().getYear() != year) continue;
            double[] a = per.computeIfAbsent(r.station().id(), k -> new double[2]);
            a[0] += r.value();
            a[1]++;
        }
        return per.values().stream().mapToDouble(a -> a[0] / a[1]).average().orElseThrow();
    }

    @Test
    void yearlyTrackingReportFiguresMatchAnIndependentComputation() throws Exception {
        TrackingReport t = TrackingReport.build(2024, sources);
        double pm25 = provinceMean(Indicator.PM25, 2024);
        IndicatorLine line = t.indicators().stream().filter(l -> l.indicator() == Indicator.PM25).findFirst().orElseThrow();
        assertThat(line.province().value()).isCloseTo(pm25, within(1e-9));
        assertThat(line.province().attained()).isEqualTo(pm25 <= 35);
        double cod = provinceMean(Indicator.COD, 2024);
        assertThat(t.indicators().stream().filter(l -> l.indicator() == Indicator.COD).findFirst().orElseThrow().province().value()).isCloseTo(cod, within(1e-9));

        int[] v = verdictsByYear.get(2024);
        assertThat(t.applications().total()).isEqualTo(v[0]);
        assertThat(t.applications().prohibited()).isEqualTo(v[1]);
        assertThat(t.applications().prohibitedRate()).isCloseTo((double) v[1] / v[0], within(1e-12));
        assertThat(t.applications().by("verdict").stream().mapToLong(c -> c.count()).sum()).isEqualTo(v[0]);
        assertThat(t.versionChanges()).singleElement().satisfies(c -> {
            assertThat(c.toName()).isEqualTo("2024年动态更新");
            assertThat(c.summary()).containsEntry("units.added", 1).containsEntry("units.removed", 1);
        });
        assertThat(t.caseTotal()).isEqualTo(4);
        assertThat(t.cases()).containsEntry(CaseStatus.OPEN, 3L).containsEntry(CaseStatus.ON_SITE_CHECK, 1L);

        String html = t.html();
        assertThat(html).contains("2024年度生态环境分区管控实施跟踪评估报告", "<svg", Figures.number(pm25) + " µg/m³",
                "全年共开展符合性研判 " + v[0] + " 次", "禁止率 " + Figures.percent((double) v[1] / v[0]), "立案 4 件", "2024年动态更新", "报送数据");
        assertThat(html).doesNotContain("<script");
        assertThat(t.filing()).containsEntry("年度", 2024).containsKey("环境质量");
        Files.writeString(Files.createDirectories(java.nio.file.Path.of("target")).resolve("tracking-report-2024.html"), html);
    }

    @Test
    void fiveYearEvaluationReportFiguresMatchAnIndependentComputation() throws Exception {
        EvaluationReport e = EvaluationReport.build(2021, 2025, sources);
        String html = e.html();
        for (int y = 2021; y <= 2025; y++) {
            double pm25 = provinceMean(Indicator.PM25, y);
            assertThat(e.provinceValue(y, Indicator.PM25)).isCloseTo(pm25, within(1e-9));
            assertThat(html).contains(Figures.number(pm25));
            assertThat(e.applications().get(y).total()).isEqualTo(verdictsByYear.get(y)[0]);
        }
        assertThat(e.versionChanges()).hasSize(1);
        assertThat(e.cases().get(2024).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(4);
        assertThat(e.cases().get(2023).values().stream().mapToLong(Long::longValue).sum()).isZero();
        double first = provinceMean(Indicator.PM25, 2021);
        double last = provinceMean(Indicator.PM25, 2025);
        assertThat(html).contains("实施评估报告（2021—2025年）", "全省 PM2.5 由 " + Figures.number(first) + " 变为 " + Figures.number(last), "<polyline");
        assertThat(html).doesNotContain("<script");
        Files.writeString(java.nio.file.Path.of("target").resolve("evaluation-report-2021-2025.html"), html);
    }

    static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor ex = new PdfTextExtractor(reader);
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) sb.append(ex.getTextFromPage(i)).append('\n');
            return sb.toString();
        } finally {
            reader.close();
        }
    }

    static String fontsOf(byte[] pdf) {
        return new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Test
    void trackingReportAsPdfHasRealChineseTextEmbeddedFontAndVectorCharts() throws Exception {
        TrackingReport t = TrackingReport.build(2024, sources);
        byte[] pdf = ReportPdf.fromHtml(t.html());
        Files.write(java.nio.file.Path.of("target").resolve("tracking-report-2024.pdf"), pdf);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = pdfText(pdf).replaceAll("\\s+", "");
        int[] v = verdictsByYear.get(2024);
        assertThat(text).contains("2024年度生态环境分区管控实施跟踪评估报告", "环境质量指标与目标达成", "全年共开展符合性研判" + v[0] + "次",
                Figures.number(provinceMean(Indicator.PM25, 2024)), "报送数据", "立案4件");
        // chart titles and labels are text too (drawn with the same embedded font)
        assertThat(text).contains("年各市PM2.5年值", "空气监测站点PM2.5达标情况");
        String raw = fontsOf(pdf);
        assertThat(raw).contains("/FontFile").contains("NotoSansCJK").contains("/ToUnicode").contains("/Form");
    }

    @Test
    void evaluationReportAsPdf() throws Exception {
        EvaluationReport e = EvaluationReport.build(2021, 2025, sources);
        byte[] pdf = ReportPdf.fromHtml(e.html());
        Files.write(java.nio.file.Path.of("target").resolve("evaluation-report-2021-2025.pdf"), pdf);
        String text = pdfText(pdf).replaceAll("\\s+", "");
        double first = provinceMean(Indicator.PM25, 2021);
        double last = provinceMean(Indicator.PM25, 2025);
        assertThat(text).contains("实施评估报告（2021—2025年）", "全省PM2.5由" + Figures.number(first) + "变为" + Figures.number(last), "站点达标率");
    }

    @Test
    void unitStatisticsMatchAnIndependentComputation() {
        Scheme scheme = SampleScheme.get();
        List<UnitYear> rows = UnitStatistics.compute(scheme, statistics, UnitStatistics.assessments(store));
        assertThat(rows).hasSize(scheme.units().size() * 5);
        // PM2.5 per unit: the mean over the stations inside it of their yearly means, else its county's
        Map<String, double[]> perStation = new HashMap<>();
        Map<String, Reading> where = new HashMap<>();
        for (Reading r : readings) {
            if (r.indicator() != Indicator.PM25 || r.date().getYear() != 2024) continue;
            double[] a = perStation.computeIfAbsent(r.station().id(), k -> new double[2]);
            a[0] += r.value();
            a[1]++;
            where.put(r.station().id(), r);
        }
        int own = 0;
        for (ControlUnit u : scheme.units()) {
            List<Double> inside = new ArrayList<>();
            perStation.forEach((id, a) -> {
                Reading r = where.get(id);
                if (u.geometry().covers(u.geometry().getFactory().createPoint(new org.locationtech.jts.geom.Coordinate(r.station().lon(), r.station().lat())))) {
                    inside.add(a[0] / a[1]);
                }
            });
            UnitYear row = rows.stream().filter(x -> x.year() == 2024 && x.unit().code().equals(u.code())).findFirst().orElseThrow();
            if (!inside.isEmpty()) {
                own++;
                assertThat(row.pm25Basis()).isEqualTo("UNIT");
                assertThat(row.pm25()).isCloseTo(inside.stream().mapToDouble(Double::doubleValue).average().orElseThrow(), within(1e-9));
                assertThat(row.pm25Attained()).isNotNull();
            } else {
                assertThat(row.pm25Basis()).isIn("COUNTY", null);
            }
            int[] c = verdictsByUnitYear.getOrDefault("2024|" + u.code().value(), new int[2]);
            assertThat(row.assessments()).as(u.code().value()).isEqualTo(c[0]);
            assertThat(row.prohibited()).isEqualTo(c[1]);
            if (c[0] > 0) assertThat(row.prohibitedRate()).isCloseTo((double) c[1] / c[0], within(1e-12));
            else assertThat(row.prohibitedRate()).isNull();
        }
        assertThat(own).isGreaterThan(10);
        assertThat(verdictsByUnitYear.keySet().stream().filter(k -> k.startsWith("2024|")).count()).isGreaterThan(3);
    }
}
