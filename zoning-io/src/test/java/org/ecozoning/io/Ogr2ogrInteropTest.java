package org.ecozoning.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ecozoning.model.ControlUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A national-convention Shapefile in GBK made by GDAL's ogr2ogr (not by our writer) reads with the
 * national mapping. Skipped, saying so, when ogr2ogr is not installed.
 */
class Ogr2ogrInteropTest {
    @TempDir
    Path tmp;

    @Test
    void gdalWrittenGbkShapefileWithNationalFields() throws Exception {
        Path ogr2ogr = Path.of("/usr/bin/ogr2ogr");
        assumeTrue(Files.isExecutable(ogr2ogr), "ogr2ogr (gdal-bin) not installed: GDAL-written Shapefile check skipped");
        Path src = new GeoJsonBuilder()
                .add(Fixtures.box(112.50, 37.70, 112.51, 37.71), "HJZHGKDYBM", "ZH14010520001", "HJZHGKDYMC", "小店区化工园区",
                        "ZHGKDYFL", "2", "PROV", "山西省", "CITY", "太原市", "AREA", "小店区", "KJBJYS", "1.禁止新建化工项目。2.现有企业入园。",
                        "PWWPFGK", "执行特别排放限值。", "HJFXFK", "建设事故应急池。", "ZYKFXLYQ", "废水零排放。")
                .add(Fixtures.box(112.51, 37.70, 112.52, 37.71), "HJZHGKDYBM", "ZH14010530001", "HJZHGKDYMC", "小店区一般管控单元",
                        "ZHGKDYFL", "3", "PROV", "山西省", "CITY", "太原市", "AREA", "小店区", "KJBJYS", "执行总体要求。",
                        "PWWPFGK", "执行排放标准。", "HJFXFK", "加强监管。", "ZYKFXLYQ", "节约用水。")
                .write(tmp.resolve("src.geojson"));
        Path out = tmp.resolve("out");
        Process p = new ProcessBuilder(ogr2ogr.toString(), "-f", "ESRI Shapefile", out.toString(), src.toString(),
                "-nln", "units", "-a_srs", "EPSG:4490", "-lco", "ENCODING=CP936").redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        ImportResult r = Fixtures.importer().read(out.resolve("units.shp"), null, null);
        assertThat(r.qa().errors()).as(r.qa().toText()).isEmpty();
        assertThat(r.mapping()).isEqualTo("national");
        assertThat(r.encoding()).isIn("GBK", "GB18030", "x-mswin-936");
        assertThat(r.sourceEpsg()).isEqualTo(4490);
        assertThat(r.content().units()).extracting(ControlUnit::name).containsExactly("小店区化工园区", "小店区一般管控单元");
        assertThat(r.content().clauses()).extracting(c -> c.text()).contains("禁止新建化工项目。", "现有企业入园。", "废水零排放。");
        assertThat(r.content().units().get(0).countyCode()).isEqualTo("140105");
        assertThat(List.of(Files.readString(out.resolve("units.cpg")).strip())).isNotEmpty();
    }
}
