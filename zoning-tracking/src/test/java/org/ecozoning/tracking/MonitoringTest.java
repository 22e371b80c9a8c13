package org.ecozoning.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecozoning.tracking.monitoring.ImportMode;
import org.ecozoning.tracking.monitoring.Indicator;
import org.ecozoning.tracking.monitoring.MonitoringCsvImporter;
import org.ecozoning.tracking.monitoring.MonitoringImport;
import org.ecozoning.tracking.monitoring.Reading;
import org.ecozoning.tracking.monitoring.Rejection;
import org.ecozoning.tracking.monitoring.SampleMonitoringGenerator;
import org.ecozoning.tracking.monitoring.ScopeFigure;
import org.ecozoning.tracking.monitoring.ScopeLevel;
import org.ecozoning.tracking.monitoring.StationLocator;
import org.ecozoning.tracking.monitoring.TargetSet;
import org.ecozoning.tracking.monitoring.YearlyStatistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MonitoringTest {
    static StationLocator locator;
    static TargetSet targets;
    static MonitoringCsvImporter importer;

    @BeforeAll
    static void setUp() {
        locator = new StationLocator(SampleScheme.get());
        targets = TargetSet.load(SampleScheme.workspace().resolve("tracking/targets.json"));
        importer = new MonitoringCsvImporter(locator, LocalDate.of(2026, 1, 1));
    }

    @Test
    void generatedGbkFileImportsWholeAndStatisticsMatchAnIndependentComputation() {
        List<Reading> generated = new SampleMonitoringGenerator(7).generate(SampleScheme.get(), 2021, 2025);
        assertThat(generated).hasSizeGreaterThan(10_000);
        byte[] gbk = SampleMonitoringGenerator.toCsv(generated).getBytes(Charset.forName("GBK"));
        MonitoringImport imp = importer.importBytes(gbk, ImportMode.PARTIAL);
        assertThat(imp.encoding()).isEqualTo("GBK");
        assertThat(imp.rejections()).isEmpty();
        assertThat(imp.readings()).hasSize(generated.size());

        YearlyStatistics stats = YearlyStatistics.compute(imp.readings(), locator, targets);
        // independent: province PM2.5 2024 = mean over stations of the mean of their 2024 readings
        Map<String, double[]> perStation = new HashMap<>();
        for (Reading r : generated) {
            if (r.indicator() != Indicator.PM25 || r.date().getYear() != 2024) continue;
            double[] a = perStation.computeIfAbsent(r.station().id(), k -> new double[2]);
            a[0] += r.value();
            a[1]++;
        }
        double expected = perStation.values().stream().mapToDouble(a -> a[0] / a[1]).average().orElseThrow();
        ScopeFigure prov = stats.scope(ScopeLevel.PROVINCE, "140000", 2024, Indicator.PM25).orElseThrow();
        assertThat(prov.value()).isCloseTo(expected, within(1e-9));
        assertThat(prov.stations()).isEqualTo(perStation.size());
        assertThat(prov.attained()).isEqualTo(expected <= 35);
        long attaining = perStation.entrySet().stream().filter(e -> e.getValue()[0] / e.getValue()[1] <= 35
                && !e.getKey().startsWith("A1401")).count(); // Taiyuan stations have a city target of 40
        long taiyuanAttaining = perStation.entrySet().stream().filter(e -> e.getKey().startsWith("A1401") && e.getValue()[0] / e.getValue()[1] <= 40).count();
        assertThat(prov.stationsAttaining()).isEqualTo((int) (attaining + taiyuanAttaining));
        // the figures trend down: the generator improves air quality every year
        assertThat(stats.scope(ScopeLevel.PROVINCE, "140000", 2025, Indicator.PM25).orElseThrow().value()).isLessThan(
                stats.scope(ScopeLevel.PROVINCE, "140000", 2021, Indicator.PM25).orElseThrow().value());
        // county figures exist for every county and O3 uses the 90th percentile
        assertThat(stats.scopes(ScopeLevel.COUNTY, 2024, Indicator.PM25)).hasSize(SampleScheme.get().counties().size());
        Reading anyO3 = generated.stream().filter(r -> r.indicator() == Indicator.O3).findFirst().orElseThrow();
        double[] o3 = generated.stream().filter(r -> r.indicator() == Indicator.O3 && r.station().equals(anyO3.station())
                && r.date().getYear() == 2023).mapToDouble(Reading::value).sorted().toArray();
        double p90 = o3[(int) Math.ceil(0.9 * o3.length) - 1];
        assertThat(stats.stations().stream().filter(s -> s.indicator() == Indicator.O3 && s.year() == 2023
                && s.station().id().equals(anyO3.station().id())).findFirst().orElseThrow().value()).isEqualTo(p90);
    }

    @Test
    void targetsResolveFromTheMostSpecificScopeAndYear() {
        assertThat(targets.resolve(ScopeLevel.CITY, "140100", null, "140100", Indicator.PM25, 2025).orElseThrow().limit()).isEqualTo(38);
        assertThat(targets.resolve(ScopeLevel.COUNTY, "140105", "140105", "140100", Indicator.PM25, 2024).orElseThrow().limit()).isEqualTo(40);
        assertThat(targets.resolve(ScopeLevel.COUNTY, "140202", "140202", "140200", Indicator.PM25, 2024).orElseThrow().limit()).isEqualTo(35);
        assertThat(targets.resolve(ScopeLevel.UNIT, "X", "140202", "140200", Indicator.WATER_CLASS, 2024).orElseThrow().limit()).isEqualTo(3);
    }

    @Test
    void badRowsAreReportedWithReasonsAndTheUserChoosesPartialOrNothing() {
        Reading r = new SampleMonitoringGenerator(1).generate(SampleScheme.get(), 2024, 2024).get(0);
        String lon = Double.toString(r.station().lon());
        String lat = Double.toString(r.station().lat());
        String csv = "站点编码,站点名称,经度,纬度,日期,指标,监测值,单位\n"
                + "S1,站一," + lon + "," + lat + ",2024-01-15,PM2.5,41.5,μg/m3\n"          // ok
                + "S1,站一," + lon + "," + lat + ",2024/2/15,PM2.5,0.038,mg/m3\n"          // ok, converted
                + "S1,站一," + lon + "," + lat + ",2024-01-15,PM2.5,40,ug/m3\n"            // duplicate
                + "S1,站一," + lon + "," + lat + ",2024-13-01,PM2.5,40,ug/m3\n"            // bad date
                + "S1,站一," + lon + "," + lat + ",2024-03-15,PM2.5,40,mg/L\n"             // wrong unit
                + "S1,站一," + lon + "," + lat + ",2024-03-15,SO2,10,ug/m3\n"              // unknown indicator
                + "S2,站二,116.4,39.9,2024-03-15,PM2.5,40,ug/m3\n"                        // Beijing: outside
                + "S3,断面," + lon + "," + lat + ",2024-03-15,水质类别,Ⅲ,类\n";               // ok
        MonitoringImport partial = importer.importBytes(csv.getBytes(StandardCharsets.UTF_8), ImportMode.PARTIAL);
        assertThat(partial.encoding()).isEqualTo("UTF-8");
        assertThat(partial.rowsRead()).isEqualTo(8);
        assertThat(partial.readings()).extracting(Reading::value).containsExactly(41.5, 38.0, 3.0);
        assertThat(partial.rejections()).extracting(Rejection::line).containsExactly(4, 5, 6, 7, 8);
        assertThat(partial.rejections()).extracting(Rejection::code)
                .containsExactly("DUPLICATE", "BAD_DATE", "BAD_VALUE_OR_UNIT", "UNKNOWN_INDICATOR", "OUTSIDE_PROVINCE");
        assertThat(partial.rejections().get(0).describe()).contains("第 2 行", "duplicate");
        assertThat(partial.imported()).isTrue();

        MonitoringImport strict = importer.importBytes(csv.getBytes(Charset.forName("GBK")), ImportMode.ALL_OR_NOTHING);
        assertThat(strict.encoding()).isEqualTo("GBK");
        assertThat(strict.imported()).isFalse();
        assertThat(strict.readings()).isEmpty();
        assertThat(strict.rejections()).hasSize(5);
        assertThat(strict.summary()).contains("未导入任何数据", "nothing imported");
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedWhole() {
        MonitoringImport imp = importer.importBytes("id,when,what\n1,2,3\n".getBytes(StandardCharsets.UTF_8), ImportMode.PARTIAL);
        assertThat(imp.imported()).isFalse();
        assertThat(imp.rejections()).singleElement().satisfies(rj -> {
            assertThat(rj.code()).isEqualTo("MISSING_COLUMNS");
            assertThat(rj.messageZh()).contains("lon", "lat", "date");
        });
        byte[] notText = new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0x81, 0x7f, (byte) 0x80};
        assertThat(importer.importBytes(notText, ImportMode.PARTIAL).rejections().get(0).code()).isEqualTo("ENCODING");
    }
}
