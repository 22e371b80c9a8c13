package org.ecozoning.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.scheme.Scheme;
import org.ecozoning.store.Attribution;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeStores;
import org.ecozoning.tracking.monitoring.ImportMode;
import org.ecozoning.tracking.monitoring.Indicator;
import org.ecozoning.tracking.monitoring.MonitoringCsvImporter;
import org.ecozoning.tracking.monitoring.MonitoringImport;
import org.ecozoning.tracking.monitoring.MonitoringStore;
import org.ecozoning.tracking.monitoring.Reading;
import org.ecozoning.tracking.monitoring.Rejection;
import org.ecozoning.tracking.monitoring.ScopeLevel;
import org.ecozoning.tracking.monitoring.StationLocator;
import org.ecozoning.tracking.monitoring.TargetSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;

/**
 * The monitoring store's contract, run on H2GIS and on PostGIS: readings stored with their import
 * (file, time, who), duplicates against the store refused, stations that move refused, partial vs
 * all-or-nothing over the file's and the store's rejections, targets replaced as a whole.
 */
abstract class MonitoringStoreContract {
    static final Attribution BY = Attribution.of("监测员", null);
    SchemeStore store;
    MonitoringStore monitoring;
    MonitoringCsvImporter importer;
    Point p;

    /** @return the JDBC URL of a fresh, empty database */
    protected abstract String newDatabaseUrl() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = SchemeStores.open(newDatabaseUrl(), Clock.fixed(Instant.parse("2025-06-01T02:00:00Z"), ZoneOffset.UTC));
        monitoring = new MonitoringStore(store);
        Scheme scheme = SampleScheme.get();
        importer = new MonitoringCsvImporter(new StationLocator(scheme), LocalDate.of(2025, 6, 1));
        ControlUnit u = scheme.units().get(0);
        p = u.geometry().getInteriorPoint();
    }

    @AfterEach
    void close() {
        if (store != null) store.close();
    }

    String row(String station, double lon, double lat, String date, String ind, String value, String unit) {
        return String.format(Locale.ROOT, "%s,站%s,%.6f,%.6f,%s,%s,%s,%s\n", station, station, lon, lat, date, ind, value, unit);
    }

    MonitoringImport parse(String body) {
        return importer.importBytes(("station_id,station_name,lon,lat,date,indicator,value,unit\n" + body).getBytes(StandardCharsets.UTF_8),
                ImportMode.PARTIAL);
    }

    @Test
    void readingsAreStoredWithTheirImportAndReadBack() {
        MonitoringImport imp = parse(row("S1", p.getX(), p.getY(), "2024-03-01", "PM2.5", "40", "µg/m³")
                + row("S1", p.getX(), p.getY(), "2024-04-01", "PM2.5", "0.030", "mg/m³")
                + row("S1", p.getX(), p.getY(), "2025-01-05", "水质类别", "Ⅲ", "类"));
        MonitoringStore.Saved saved = monitoring.save(imp, ImportMode.ALL_OR_NOTHING, "2024-air.csv", BY);
        assertThat(saved.stored()).isTrue();
        assertThat(saved.result().readings()).hasSize(3);
        assertThat(saved.record().sourceFile()).isEqualTo("2024-air.csv");
        assertThat(saved.record().importedBy()).isEqualTo("监测员");
        assertThat(saved.record().importedAt().toInstant()).isEqualTo(Instant.parse("2025-06-01T02:00:00Z"));

        List<Reading> r2024 = monitoring.readings(2024, 2024);
        assertThat(r2024).extracting(Reading::value).containsExactly(40.0, 30.0);
        assertThat(r2024).extracting(Reading::line).containsExactly(2, 3);
        assertThat(r2024.get(0).station().name()).isEqualTo("站S1");
        assertThat(r2024.get(0).station().lon()).isEqualTo(imp.readings().get(0).station().lon());
        assertThat(monitoring.readings(2024, 2025)).hasSize(3).anySatisfy(r -> {
            assertThat(r.indicator()).isEqualTo(Indicator.WATER_CLASS);
            assertThat(r.value()).isEqualTo(3.0);
        });
        assertThat(monitoring.years()).containsExactly(2024, 2025);
        assertThat(monitoring.count(2025, 2025)).isEqualTo(1);
        assertThat(monitoring.stations()).singleElement().satisfies(s -> assertThat(s.id()).isEqualTo("S1"));
        assertThat(monitoring.imports()).singleElement().satisfies(i -> {
            assertThat(i.readings()).isEqualTo(3);
            assertThat(i.mode()).isEqualTo(ImportMode.ALL_OR_NOTHING);
        });
    }

    @Test
    void duplicatesOfStoredReadingsAndMovedStationsAreRefusedPartialKeepsTheRest() {
        long before = monitoring.stamp();
        monitoring.save(parse(row("S1", p.getX(), p.getY(), "2024-03-01", "PM2.5", "40", "µg/m³")), ImportMode.PARTIAL, "a.csv", BY);
        assertThat(monitoring.stamp()).isNotEqualTo(before);
        MonitoringImport second = parse(row("S1", p.getX(), p.getY(), "2024-03-01", "PM2.5", "41", "µg/m³")   // stored already
                + row("S1", p.getX(), p.getY(), "2024-03-02", "PM2.5", "42", "µg/m³")                        // new
                + row("S1", p.getX() + 0.01, p.getY(), "2024-03-03", "PM2.5", "43", "µg/m³")                 // moved (against the file: STATION_MOVED)
                + row("S2", p.getX(), p.getY(), "2024-03-01", "XYZ", "1", "µg/m³"));                         // unknown indicator
        MonitoringStore.Saved strict = monitoring.save(second, ImportMode.ALL_OR_NOTHING, "b.csv", BY);
        assertThat(strict.stored()).isFalse();
        assertThat(strict.result().imported()).isFalse();
        assertThat(strict.result().rejections()).extracting(Rejection::code).containsExactly("DUPLICATE", "STATION_MOVED", "UNKNOWN_INDICATOR");
        assertThat(strict.result().rejections().get(0).messageZh()).contains("已在库中").contains("a.csv");
        assertThat(monitoring.readings(2024, 2024)).hasSize(1);

        MonitoringStore.Saved partial = monitoring.save(second, ImportMode.PARTIAL, "b.csv", BY);
        assertThat(partial.stored()).isTrue();
        assertThat(partial.result().readings()).extracting(Reading::value).containsExactly(42.0);
        assertThat(partial.record().rejected()).isEqualTo(3);
        assertThat(monitoring.readings(2024, 2024)).extracting(Reading::value).containsExactly(40.0, 42.0);

        // a later file with the station elsewhere than stored
        MonitoringStore.Saved moved = monitoring.save(parse(row("S1", p.getX() + 0.02, p.getY(), "2024-05-01", "PM2.5", "40", "µg/m³")),
                ImportMode.PARTIAL, "c.csv", BY);
        assertThat(moved.stored()).isFalse();
        assertThat(moved.result().rejections()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("STATION_MOVED");
            assertThat(r.messageEn()).contains("stored");
        });
        assertThat(monitoring.imports()).hasSize(2);
    }

    @Test
    void fileLevelErrorsStoreNothing() {
        MonitoringImport bad = importer.importBytes("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), ImportMode.PARTIAL);
        MonitoringStore.Saved s = monitoring.save(bad, ImportMode.PARTIAL, "bad.csv", BY);
        assertThat(s.stored()).isFalse();
        assertThat(s.result().rejections()).extracting(Rejection::code).containsExactly("MISSING_COLUMNS");
        assertThat(monitoring.imports()).isEmpty();
    }

    @Test
    void targetsAreReplacedAsAWhole() {
        assertThat(monitoring.targets()).isEmpty();
        TargetSet file = TargetSet.load(SampleScheme.workspace().resolve("tracking/targets.json"));
        monitoring.replaceTargets(file);
        TargetSet back = monitoring.targets().orElseThrow();
        assertThat(back.targets()).isEqualTo(file.targets());
        assertThat(back.resolve(ScopeLevel.CITY, "140100", null, "140100", Indicator.PM25, 2025).orElseThrow().limit()).isEqualTo(38);
        monitoring.replaceTargets(new TargetSet(file.targets().subList(0, 1)));
        assertThat(monitoring.targets().orElseThrow().targets()).hasSize(1);
    }
}
