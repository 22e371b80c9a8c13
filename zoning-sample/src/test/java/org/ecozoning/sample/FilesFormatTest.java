package org.ecozoning.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ecozoning.geojson.GeoJsonFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;

/** Property names, validity and coordinate precision of the written GeoJSON files. */
class FilesFormatTest {
    @Test
    void countiesHaveTheAgreedProperties() {
        Set<String> codes = new HashSet<>();
        for (GeoJsonFeature f : SampleFiles.counties()) {
            assertThat(f.properties().keySet()).containsExactly("adcode", "name", "city", "cityCode");
            assertThat(f.string("adcode")).matches("14\\d{4}");
            assertThat(f.string("cityCode")).isEqualTo(f.string("adcode").substring(0, 4) + "00");
            assertThat(codes.add(f.string("adcode"))).isTrue();
        }
        assertThat(codes).hasSize(119);
    }

    @Test
    void unitsAndZonesHaveTheAgreedProperties() {
        for (GeoJsonFeature f : SampleFiles.units()) {
            assertThat(f.properties().keySet()).containsExactly("code", "name", "class", "subtype", "cityCode", "cityName", "countyCode", "countyName");
        }
        for (GeoJsonFeature f : SampleFiles.zones()) assertThat(f.properties().keySet()).containsExactly("id", "type", "name");
        for (GeoJsonFeature f : SampleFiles.parse(SampleFiles.committed("rivers.geojson"))) {
            assertThat(f.properties().keySet()).containsExactly("name");
            assertThat(f.geometry().getDimension()).isEqualTo(1);
        }
    }

    @Test
    void allAreaGeometriesAreValidNonEmptyAndOnTheSixDecimalGrid() {
        check(SampleFiles.counties());
        check(SampleFiles.units());
        check(SampleFiles.zones());
    }

    private static void check(List<GeoJsonFeature> fs) {
        for (GeoJsonFeature f : fs) {
            Geometry g = f.geometry();
            assertThat(g.getGeometryType()).isIn("Polygon", "MultiPolygon");
            assertThat(g.isEmpty()).isFalse();
            IsValidOp op = new IsValidOp(g);
            assertThat(op.isValid()).as("%s: %s", f.properties(), op.getValidationError()).isTrue();
            for (Coordinate c : g.getCoordinates()) {
                assertThat(Math.abs(c.x * 1e6 - Math.rint(c.x * 1e6))).isLessThan(1e-6);
                assertThat(c.x).isBetween(110.0, 115.0);
                assertThat(c.y).isBetween(34.0, 41.0);
            }
        }
    }
}
