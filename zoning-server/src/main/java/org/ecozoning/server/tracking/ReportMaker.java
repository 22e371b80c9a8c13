package org.ecozoning.server.tracking;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ecozoning.scheme.Scheme;
import org.ecozoning.server.UserFacingException;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.tracking.monitoring.ImportMode;
import org.ecozoning.tracking.monitoring.MonitoringCsvImporter;
import org.ecozoning.tracking.monitoring.MonitoringImport;
import org.ecozoning.tracking.monitoring.MonitoringStore;
import org.ecozoning.tracking.monitoring.Reading;
import org.ecozoning.tracking.monitoring.SampleMonitoringGenerator;
import org.ecozoning.tracking.monitoring.StationLocator;
import org.ecozoning.tracking.monitoring.TargetSet;
import org.ecozoning.tracking.monitoring.YearlyStatistics;
import org.ecozoning.tracking.report.EvaluationReport;
import org.ecozoning.tracking.report.ReportPdf;
import org.ecozoning.tracking.report.ReportSources;
import org.ecozoning.tracking.report.TrackingReport;
import org.ecozoning.tracking.supervision.CaseStore;

/**
 * Builds the tracking and evaluation reports (HTML or PDF) for the command line and the
 * {@code /reports} endpoints from one place: versions, diffs, saved assessments and cases from the
 * store; monitoring from a CSV file when one is given, else from the store's monitoring tables
 * ({@code zoning monitoring import}) when they hold readings of the years asked for, else from the
 * seeded sample generator — then the report says so at its top (样例监测数据). Targets from the
 * store when imported there, else from the workspace's {@code tracking/targets.json}.
 */
public final class ReportMaker {

    /** The department named as the report's author. */
    public static final String AUTHORITY = "山西省生态环境厅";
    /** Seed of the sample monitoring data (fixed: the same sample every time). */
    public static final long SAMPLE_SEED = 2024;
    /** First year of the sample monitoring data. */
    public static final int SAMPLE_FIRST_YEAR = 2021;
    /** Last year the sample monitoring data always covers (a range is only ever widened, so a year's sample figures do not depend on the request). */
    public static final int SAMPLE_LAST_YEAR = 2025;

    private final Path workspace;
    private final SchemeStore store;
    private final Scheme scheme;

    /**
     * @param workspace the workspace (targets)
     * @param store     the scheme store
     * @param scheme    the version in force (names, county map, station locations)
     */
    public ReportMaker(Path workspace, SchemeStore store, Scheme scheme) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.store = Objects.requireNonNull(store, "store");
        this.scheme = Objects.requireNonNull(scheme, "scheme");
    }

    /** Where the monitoring readings of a report come from. */
    public enum Source { FILE, STORE, SAMPLE }

    /** The monitoring readings used, where they come from, and the file import (FILE only). */
    public record Monitoring(List<Reading> readings, Source source, MonitoringImport imported) {
        /** @return whether the readings are the generated sample */
        public boolean sample() { return source == Source.SAMPLE; }
    }

    /**
     * @param csv       a monitoring CSV, or null for the store's readings (the sample when it has none of these years)
     * @param firstYear first year needed
     * @param lastYear  last year needed
     * @return the readings
     */
    public Monitoring monitoring(Path csv, int firstYear, int lastYear) {
        if (csv == null) {
            MonitoringStore stored = new MonitoringStore(store);
            if (stored.count(firstYear, lastYear) > 0) {
                return new Monitoring(stored.readings(firstYear, lastYear), Source.STORE, null);
            }
            return new Monitoring(new SampleMonitoringGenerator(SAMPLE_SEED).generate(scheme, sampleFrom(firstYear), sampleTo(lastYear)),
                    Source.SAMPLE, null);
        }
        if (!Files.isRegularFile(csv)) {
            throw new UserFacingException("监测数据文件不存在 / Monitoring file not found: " + csv);
        }
        MonitoringImport imp = new MonitoringCsvImporter(new StationLocator(scheme), LocalDate.now()).importFile(csv, ImportMode.PARTIAL);
        if (!imp.imported()) {
            throw new UserFacingException("监测数据无法导入 / Monitoring data not imported: " + imp.summary()
                    + (imp.rejections().isEmpty() ? "" : "; " + imp.rejections().get(0).describe()));
        }
        return new Monitoring(imp.readings(), Source.FILE, imp);
    }

    /**
     * @param year       the report year
     * @param cityCode   restrict the monitoring figures to the stations of one city (6 digits), or null
     * @param monitoring the readings
     * @return the report's HTML
     */
    public String trackingHtml(int year, String cityCode, Monitoring monitoring) {
        checkYear(year);
        List<Reading> readings = cityFilter(monitoring.readings(), cityCode);
        TrackingReport r = TrackingReport.build(year, sources(readings));
        return label(r.html(), monitoring.sample(), cityCode);
    }

    /**
     * @param from       first year
     * @param to         last year
     * @param monitoring the readings
     * @return the report's HTML
     */
    public String evaluationHtml(int from, int to, Monitoring monitoring) {
        checkRange(from, to);
        return label(EvaluationReport.build(from, to, sources(monitoring.readings())).html(), monitoring.sample(), null);
    }

    /**
     * @param year       the report year
     * @param cityCode   restrict the monitoring figures to one city, or null
     * @param monitoring the readings
     * @return the report as PDF (embedded CJK font, charts as vector graphics)
     */
    public byte[] trackingPdf(int year, String cityCode, Monitoring monitoring) {
        return pdf(trackingHtml(year, cityCode, monitoring));
    }

    /**
     * @param from       first year
     * @param to         last year
     * @param monitoring the readings
     * @return the evaluation report as PDF
     */
    public byte[] evaluationPdf(int from, int to, Monitoring monitoring) {
        return pdf(evaluationHtml(from, to, monitoring));
    }

    private static byte[] pdf(String html) {
        try {
            return ReportPdf.fromHtml(html);
        } catch (IllegalStateException e) {
            throw new UserFacingException(e.getMessage());
        }
    }

    private ReportSources sources(List<Reading> readings) {
        StationLocator locator = new StationLocator(scheme);
        YearlyStatistics stats = YearlyStatistics.compute(readings, locator, targets());
        return new ReportSources(AUTHORITY, scheme, stats, store, new CaseStore(store));
    }

    /** @return the store's targets when imported there, else the workspace's file (none when neither) */
    public TargetSet targets() {
        Optional<TargetSet> stored = new MonitoringStore(store).targets();
        if (stored.isPresent()) {
            return stored.get();
        }
        Path f = workspace.resolve("tracking").resolve("targets.json");
        return Files.isRegularFile(f) ? TargetSet.load(f) : new TargetSet(List.of());
    }

    private List<Reading> cityFilter(List<Reading> readings, String cityCode) {
        if (cityCode == null || cityCode.isBlank()) {
            return readings;
        }
        if (!cityCode.matches("\\d{6}")) {
            throw new UserFacingException("地市代码应为 6 位数字 / A city code has 6 digits: " + cityCode);
        }
        StationLocator locator = new StationLocator(scheme);
        java.util.Map<String, Boolean> inCity = new java.util.HashMap<>();
        List<Reading> out = readings.stream().filter(r -> inCity.computeIfAbsent(r.station().id(),
                id -> locator.locate(r.station().lon(), r.station().lat()).map(p -> cityCode.equals(p.cityCode())).orElse(false))).toList();
        if (out.isEmpty()) {
            throw new UserFacingException("该地市没有监测数据 / No monitoring readings in city " + cityCode);
        }
        return out;
    }

    /** @return the first year of the sample generated for a request starting at {@code year} */
    public static int sampleFrom(int year) {
        return Math.min(year, SAMPLE_FIRST_YEAR);
    }

    /** @return the last year of the sample generated for a request ending at {@code year} */
    public static int sampleTo(int year) {
        return Math.max(year, SAMPLE_LAST_YEAR);
    }

    /**
     * @param from first year
     * @param to   last year
     * @throws UserFacingException when the range is not a sensible evaluation period
     */
    public static void checkRange(int from, int to) {
        checkYear(from);
        checkYear(to);
        if (to < from) {
            throw new UserFacingException("起始年份晚于结束年份 / the first year " + from + " is after the last year " + to);
        }
        if (to - from > 10) {
            throw new UserFacingException("评估期最长 11 年 / An evaluation covers at most 11 years");
        }
    }

    /**
     * @param year a report year
     * @throws UserFacingException outside 2000–2100
     */
    public static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new UserFacingException("年份应在 2000–2100 之间 / The year must be within 2000–2100: " + year);
        }
    }

    /** Puts the notes about the data right after {@code <body>}. */
    static String label(String html, boolean sample, String cityCode) {
        StringBuilder note = new StringBuilder();
        if (sample) {
            note.append("<p class=\"data-note\" style=\"border:2px solid #c62828;color:#c62828;padding:4px 8px;font-weight:bold\">"
                    + "样例监测数据：本报告的环境质量指标来自按固定种子生成的样例数据，不是实测值。"
                    + " / Sample monitoring data: the environmental-quality figures are generated, not measured.</p>\n");
        }
        if (cityCode != null && !cityCode.isBlank()) {
            note.append("<p class=\"data-note\">监测指标仅含地市 ").append(cityCode)
                    .append(" 的站点；研判、版本变化与案件统计为全省。 / Monitoring figures: stations of city ").append(cityCode)
                    .append(" only; assessments, version changes and cases: whole province.</p>\n");
        }
        if (note.isEmpty()) {
            return html;
        }
        int i = html.indexOf("<body>");
        return i < 0 ? note + html : html.substring(0, i + 6) + "\n" + note + html.substring(i + 6);
    }
}
