package org.ecozoning.server.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GDAL/OGR from Debian — a WFS and OGC API – Features client nobody here wrote — against the real
 * server: it lists our layers and reads every control unit through WFS 2.0, WFS 1.1 and OAPIF, and
 * ogr2ogr copies them into a GeoPackage whose count and total area match the store.
 */
class GdalInteropTest extends SampleServerClient {

    static String source(String kind) {
        return switch (kind) {
            case "wfs20" -> "WFS:" + sample.base() + "/wfs";
            case "wfs11" -> "WFS:" + sample.base() + "/wfs?VERSION=1.1.0";
            case "oapif" -> "OAPIF:" + sample.base() + "/ogcapi";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    static String layer(String kind) {
        return kind.equals("oapif") ? "control_units" : "zoning:control_units";
    }

    @ParameterizedTest(name = "ogrinfo {0}")
    @ValueSource(strings = {"wfs20", "wfs11", "oapif"})
    void ogrinfoListsTheLayersAndReadsEveryUnit(String kind) throws Exception {
        String ogrinfo = ExternalTool.require("ogrinfo", "gdal-bin").toString();
        ExternalTool.Result list = ExternalTool.run(List.of(ogrinfo, "-ro", source(kind))).ok();
        assertThat(list.output()).contains("using driver `" + (kind.equals("oapif") ? "OAPIF" : "WFS") + "' successful")
                .contains(layer(kind) + " (title: 环境管控单元")
                .contains(kind.equals("oapif") ? "counties" : "zoning:counties");

        // every feature, not the server's hit count: ogrinfo pages through all of them
        ExternalTool.Result all = ExternalTool.run(List.of(ogrinfo, "-ro", "-q", "-geom=NO", source(kind), layer(kind))).ok();
        long features = all.output().lines().filter(l -> l.startsWith("OGRFeature(")).count();
        assertThat(features).as("units read by ogrinfo over %s", kind).isEqualTo(sample.storedUnits()).isEqualTo(1033);
        assertThat(all.output()).contains("class (String) = PRIORITY_PROTECTION").contains("countyName (String) = 迎泽区");
    }

    @ParameterizedTest(name = "ogr2ogr {0} → GeoPackage")
    @ValueSource(strings = {"wfs20", "wfs11", "oapif"})
    void ogr2ogrCopiesTheUnitsWithTheirArea(String kind) throws Exception {
        String ogr2ogr = ExternalTool.require("ogr2ogr", "gdal-bin").toString();
        String ogrinfo = ExternalTool.require("ogrinfo", "gdal-bin").toString();
        Path gpkg = dir.resolve("units-" + kind + ".gpkg");
        Files.deleteIfExists(gpkg);
        ExternalTool.run(List.of(ogr2ogr, "-f", "GPKG", gpkg.toString(), source(kind), layer(kind), "-nln", "units", "-lco", "GEOMETRY_NAME=geom")).ok();
        assertThat(gpkg).isNotEmptyFile();

        ExternalTool.Result sums = ExternalTool.run(List.of(ogrinfo, "-ro", "-q", gpkg.toString(), "-dialect", "SQLite", "-sql",
                "SELECT COUNT(*) AS n, SUM(ST_Area(geom)) AS a, "
                        + "SUM(CASE WHEN class = 'PRIORITY_PROTECTION' THEN 1 ELSE 0 END) AS p FROM units")).ok();
        long n = Long.parseLong(value(sums.output(), "n"));
        double area = Double.parseDouble(value(sums.output(), "a"));
        long priority = Long.parseLong(value(sums.output(), "p"));

        var units = sample.server().services().scheme().loaded().scheme().units();
        // planar area in degrees², the same in lon/lat and lat/lon order, so axis order cannot hide here
        double expected = units.stream().mapToDouble(u -> u.geometry().getArea()).sum();
        long expectedPriority = units.stream().filter(u -> u.unitClass().name().equals("PRIORITY_PROTECTION")).count();
        assertThat(n).isEqualTo(units.size()).isEqualTo(1033);
        assertThat(area).as("total area (deg²) over %s", kind).isCloseTo(expected, within(expected * 1e-6));
        assertThat(priority).isEqualTo(expectedPriority).isPositive();
    }

    static String value(String ogrinfoOutput, String field) {
        Matcher m = Pattern.compile("^\\s*" + field + " \\((?:Integer|Integer64|Real)\\) = (\\S+)", Pattern.MULTILINE)
                .matcher(ogrinfoOutput);
        assertThat(m.find()).as("field %s in%n%s", field, ogrinfoOutput).isTrue();
        return m.group(1);
    }
}
