package org.ecozoning.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ecozoning.io.qa.IssueCode;
import org.ecozoning.io.qa.QaIssue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken or half-uploaded files of every readable format give one error saying what and where. */
class MalformedInputTest {
    @TempDir
    Path tmp;

    private QaIssue onlyError(Path f) {
        ImportResult r = Fixtures.importer().read(f, null, null);
        assertThat(r.ok()).isFalse();
        assertThat(r.qa().errors()).hasSize(1);
        return r.qa().errors().get(0);
    }

    @Test
    void halfUploadedGeoJsonSaysLineAndFeature() throws Exception {
        Path full = tmp.resolve("full.geojson");
        new SchemeExporter(null).write(Fixtures.sample(), Format.GEOJSON, full);
        String text = Files.readString(full);
        Path half = tmp.resolve("half.geojson");
        Files.writeString(half, text.substring(0, text.indexOf("ZH14010530001") + 40));
        QaIssue e = onlyError(half);
        assertThat(e.code()).isEqualTo(IssueCode.MALFORMED_FILE);
        assertThat(e.file()).isEqualTo("half.geojson");
        assertThat(e.featureIndex()).isEqualTo(2);
        assertThat(e.messageEn()).contains("malformed JSON at line");
    }

    @Test
    void geoJsonWithABadRingNamesTheFeature() throws Exception {
        Path f = tmp.resolve("ring.geojson");
        Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[112.5,37.7],[112.6,37.7],[112.6,37.8]]]}}]}");
        QaIssue e = onlyError(f);
        assertThat(e.featureIndex()).isZero();
        assertThat(e.messageEn()).contains("ring");
    }

    @Test
    void notAGeoPackage() throws Exception {
        Path f = tmp.resolve("fake.gpkg");
        Files.writeString(f, "SQLite format 3\0".repeat(20));
        QaIssue e = onlyError(f);
        assertThat(e.file()).isEqualTo("fake.gpkg");
        assertThat(e.messageEn()).contains("GeoPackage");
    }

    @Test
    void truncatedGeoPackage() throws Exception {
        Path full = tmp.resolve("full.gpkg");
        new SchemeExporter(null).write(Fixtures.sample(), Format.GEOPACKAGE, full);
        byte[] all = Files.readAllBytes(full);
        Path half = tmp.resolve("half.gpkg");
        Files.write(half, java.util.Arrays.copyOf(all, all.length / 3));
        QaIssue e = onlyError(half);
        assertThat(e.code()).isEqualTo(IssueCode.MALFORMED_FILE);
        assertThat(e.file()).startsWith("half.gpkg");
    }

    @Test
    void unknownFormatAndMissingFile() throws Exception {
        Path f = tmp.resolve("units.dwg");
        Files.writeString(f, "x");
        assertThat(onlyError(f).messageEn()).contains("unrecognised format");
        assertThat(onlyError(tmp.resolve("absent.geojson")).messageEn()).contains("does not exist");
    }

    @Test
    void noMappingFindsACode() throws Exception {
        Path f = new GeoJsonBuilder().add(Fixtures.box(112.5, 37.7, 112.51, 37.71), "编号", "1", "名字", "x").write(tmp.resolve("odd.geojson"));
        QaIssue e = onlyError(f);
        assertThat(e.code()).isEqualTo(IssueCode.MISSING_FIELD);
        assertThat(e.messageZh()).contains("编号").contains("national");
    }
}
