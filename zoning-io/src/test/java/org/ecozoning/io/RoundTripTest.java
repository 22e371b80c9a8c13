package org.ecozoning.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecozoning.io.csv.AccessListCsv;
import org.ecozoning.io.qa.IssueCode;
import org.ecozoning.model.SchemeContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SchemeContent → each format → SchemeContent, equal up to coordinate precision. */
class RoundTripTest {
    @TempDir
    Path tmp;

    private ImportResult roundTrip(Format format, String fileName) throws Exception {
        SchemeContent content = Fixtures.sample();
        Path out = tmp.resolve(fileName);
        new SchemeExporter(Fixtures.importer().admin()).write(content, format, out);
        assertThat(out).exists();
        List<long[]> progress = new ArrayList<>();
        ImportResult r = Fixtures.importer().read(out, null, (phase, done, total) -> progress.add(new long[] {done, total}));
        assertThat(r.qa().errors()).as(r.qa().toText()).isEmpty();
        assertThat(progress).isNotEmpty();
        Fixtures.assertSameContent(content, r.content(), 1e-7);
        return r;
    }

    @Test
    void geoJson() throws Exception {
        ImportResult r = roundTrip(Format.GEOJSON, "scheme.geojson");
        assertThat(r.mapping()).isEqualTo("native");
        assertThat(r.format()).isEqualTo(Format.GEOJSON);
    }

    @Test
    void zippedShapefile() throws Exception {
        ImportResult r = roundTrip(Format.SHAPEFILE, "scheme.zip");
        assertThat(r.mapping()).isEqualTo("national");
        assertThat(r.encoding()).isEqualTo("UTF-8");
        assertThat(r.sourceEpsg()).isEqualTo(4490);
        assertThat(Fixtures.codes(r)).doesNotContain(IssueCode.ENCODING, IssueCode.MISSING_PRJ, IssueCode.UNKNOWN_CRS);
    }

    @Test
    void geoPackage() throws Exception {
        ImportResult r = roundTrip(Format.GEOPACKAGE, "scheme.gpkg");
        assertThat(r.mapping()).isEqualTo("native");
        assertThat(r.sourceEpsg()).isEqualTo(4490);
    }

    @Test
    void accessListCsvKeepsEveryClauseAndOpensInExcel() throws Exception {
        SchemeContent content = Fixtures.sample();
        Path csv = tmp.resolve("access.csv");
        new SchemeExporter(Fixtures.importer().admin()).write(content, Format.ACCESS_LIST_CSV, csv);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n").contains("单元准入要求").contains("空间布局约束").contains("小店区汾河饮用水水源保护区")
                .contains("山西省").contains("太原市").contains("'-10 米以下");
        assertThat(AccessListCsv.read(csv)).containsExactlyElementsOf(content.clauses());
    }

    @Test
    void scopeNamesCoverProvinceCityAndUnit() {
        Map<String, String> names = new SchemeExporter(Fixtures.importer().admin()).scopeNames(Fixtures.sample());
        assertThat(names).containsEntry("140000", "山西省").containsEntry("140100", "太原市").containsEntry("ZH14010520001", "小店区化工园区");
    }
}
