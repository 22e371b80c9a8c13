package org.ecozoning.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** The repair on small synthetic cases: a bow-tie, an overlap and a gap between neighbours. */
class CountyRepairTest {
    final GeometryFactory f = new GeometryFactory();
    final WKTReader wkt = new WKTReader(f);

    County county(String code, String wktText) throws ParseException {
        return new County(code, "县" + code, "市", wkt.read(wktText));
    }

    @Test
    void overlapsAndGapsBetweenNeighboursBecomeACleanCoverage() throws ParseException {
        // A: 0..1.002 (overlaps B by 0.002); B: 1..2; C: 0..2 above y=1.001 leaves a thin gap over A and B.
        List<County> in = List.of(
                county("140001", "POLYGON ((112 37, 113.002 37, 113.002 38, 112 38, 112 37))"),
                county("140002", "POLYGON ((113 37, 114 37, 114 38, 113 38, 113 37))"),
                county("140003", "POLYGON ((112 38.001, 114 38.001, 114 39, 112 39, 112 38.001))"),
                // D closes the gap's ends so it is enclosed: a frame left and right of the strip.
                county("140004", "POLYGON ((111.5 36.5, 114.5 36.5, 114.5 39.5, 111.5 39.5, 111.5 36.5), (112 37, 112 39, 114 39, 114 37, 112 37))"));
        CountyRepair.Result r = new CountyRepair(f, 1e6).repair(in);
        assertThat(r.overlaps()).hasSize(1);
        assertThat(r.overlaps().get(0).coveringAdcodes()).containsExactly("140001", "140002");
        assertThat(r.gaps()).hasSize(1);
        assertThat(r.gaps().get(0).areaKm2()).isGreaterThan(0);
        Geometry[] out = r.counties().stream().map(County::geometry).toArray(Geometry[]::new);
        for (Geometry g : out) assertThat(g.isValid()).isTrue();
        for (Geometry bad : CoverageValidator.validate(out)) assertThat((Object) bad).isNull();
        double sum = 0;
        for (Geometry g : out) sum += g.getArea();
        Geometry union = CountyRepair.union(List.of(out), f);
        assertThat(sum).isCloseTo(union.getArea(), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(union.getArea()).isCloseTo(9.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aSelfIntersectingPolygonIsFixedAndReported() throws ParseException {
        List<County> in = List.of(county("140001", "POLYGON ((112 37, 113 38, 113 37, 112 38, 112 37))"));
        CountyRepair.Result r = new CountyRepair(f, 1e6).repair(in);
        assertThat(r.invalid()).hasSize(1);
        assertThat(r.invalid().get(0).error()).containsIgnoringCase("self-intersection");
        assertThat(r.counties().get(0).geometry().isValid()).isTrue();
        assertThat(r.counties().get(0).geometry().getArea()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
    }
}
