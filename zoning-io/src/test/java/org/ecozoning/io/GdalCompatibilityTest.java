package org.ecozoning.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens our GeoPackage and Shapefile exports with GDAL's ogrinfo (Debian gdal-bin): layers,
 * feature counts, CRS and Chinese text must come through. Skipped, saying so, when ogrinfo is not
 * installed.
 */
class GdalCompatibilityTest {
    @TempDir
    Path tmp;

    static String ogrinfo;

    @BeforeAll
    static void findOgrinfo() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path p = Path.of(dir, "ogrinfo");
            if (Files.isExecutable(p)) {
                ogrinfo = p.toString();
                return;
            }
        }
    }

    private static String run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ogrinfo);
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String s = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(s).isZero();
        return s;
    }

    @Test
    void geoPackageOpensInGdalWithLayersCountsAndChineseText() throws Exception {
        assumeTrue(ogrinfo != null, "ogrinfo (gdal-bin) not installed: GeoPackage GDAL check skipped");
        Path gpkg = tmp.resolve("scheme.gpkg");
        new SchemeExporter(Fixtures.importer().admin()).write(Fixtures.sample(), Format.GEOPACKAGE, gpkg);
        String layers = run("-ro", "-q", gpkg.toString());
        assertThat(layers).contains("control_units (Multi Polygon)").contains("element_zones").contains("access_list");
        String units = run("-ro", "-so", gpkg.toString(), "control_units");
        assertThat(units).contains("Feature Count: 3").contains("China Geodetic Coordinate System 2000").contains("GPKG").isNotEmpty();
        assertThat(run("-ro", "-so", gpkg.toString(), "element_zones")).contains("Feature Count: 2");
        assertThat(run("-ro", "-so", gpkg.toString(), "access_list")).contains("Feature Count: 7");
        String features = run("-ro", "-q", gpkg.toString(), "control_units", "-where", "code = 'ZH14010520001'");
        assertThat(features).contains("name (String) = 小店区化工园区").contains("subtype (String) = CHEMICAL_PARK")
                .contains("MULTIPOLYGON");
        String clauses = run("-ro", "-q", gpkg.toString(), "access_list", "-where", "clause_id = 'ZH14010510001-KJBJYS-1'");
        assertThat(clauses).contains("text (String) = 禁止新建排污口。").contains("dimension (String) = SPATIAL_LAYOUT");
    }

    @Test
    void zippedShapefileOpensInGdalWithCrsAndUtf8() throws Exception {
        assumeTrue(ogrinfo != null, "ogrinfo (gdal-bin) not installed: Shapefile GDAL check skipped");
        Path zip = tmp.resolve("scheme.zip");
        new SchemeExporter(Fixtures.importer().admin()).write(Fixtures.sample(), Format.SHAPEFILE, zip);
        String vsi = "/vsizip/" + zip.toAbsolutePath() + "/control_units.shp";
        String info = run("-ro", "-so", vsi, "control_units");
        assertThat(info).contains("Feature Count: 3").contains("Geometry: Polygon").contains("China Geodetic Coordinate System 2000")
                .contains("HJZHGKDYBM: String").contains("KJBJYS: String");
        String feature = run("-ro", "-q", vsi, "control_units", "-where", "HJZHGKDYBM = 'ZH14010520001'");
        assertThat(feature).contains("HJZHGKDYMC (String) = 小店区化工园区").contains("MULTIPOLYGON");
        String zones = run("-ro", "-so", "/vsizip/" + zip.toAbsolutePath() + "/element_zones_line.shp", "element_zones_line");
        assertThat(zones).contains("Feature Count: 1").contains("Line String");
    }
}
