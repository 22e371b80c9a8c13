package org.ecozoning.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.ecozoning.geojson.GeoJsonException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gives clear errors, not stack traces from deep inside. */
class GeneratorInputTest {
    @Test
    void missingCountiesFileIsReported(@TempDir Path dir) {
        assertThatThrownBy(() -> SampleSchemeGenerator.generate(dir.resolve("nope.geojson"), 1)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void featureWithoutAdcodeIsReportedInChineseAndEnglish(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("c.geojson");
        Files.writeString(p, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"x\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[112,37],[113,37],[113,38],[112,37]]]}}]}");
        assertThatThrownBy(() -> SampleSchemeGenerator.generate(p, 1)).isInstanceOf(GeoJsonException.class)
                .hasMessageContaining("缺少").hasMessageContaining("lacks");
    }

    @Test
    void unitNamesAndShortNamesFollowThePattern() {
        County qx = new County("140121", "清徐县", "太原市", new org.locationtech.jts.geom.GeometryFactory().createPolygon());
        County cq = new County("140202", "城区", "大同市", new org.locationtech.jts.geom.GeometryFactory().createPolygon());
        assertThat(UnitPlanner.shortName(qx)).isEqualTo("清徐");
        assertThat(UnitPlanner.shortName(cq)).isEqualTo("大同城区");
        assertThat(UnitNames.name(qx, org.ecozoning.model.UnitSubtype.URBAN_CENTRE, "")).isEqualTo("清徐县城镇中心重点管控单元");
        assertThat(UnitNames.name(cq, org.ecozoning.model.UnitSubtype.GENERAL, "北部")).isEqualTo("大同市城区北部一般管控单元");
        assertThat(qx.cityCode()).isEqualTo("140100");
    }
}
