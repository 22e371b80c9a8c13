package org.ecozoning.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ecozoning.geojson.GeoJsonFeature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** The seed drives the layout: the same seed plans identical units, another seed different ones. */
class SeedTest {
    static Landscape land;
    static Shapes shapes;
    static List<County> counties;

    @BeforeAll
    static void setUp() {
        GeometryFactory f = new GeometryFactory();
        shapes = new Shapes(f);
        counties = SampleFiles.counties().stream()
                .map(c -> new County(c.string("adcode"), c.string("name"), c.string("city"), c.geometry())).toList();
        Geometry province = CountyRepair.union(SampleFiles.counties().stream().map(GeoJsonFeature::geometry).toList(), f);
        land = new Landscape(province, shapes);
    }

    static List<UnitPlanner.Candidate> plan(long seed, String adcode) {
        County c = counties.stream().filter(x -> x.adcode().equals(adcode)).findFirst().orElseThrow();
        return new UnitPlanner(seed, shapes, land).plan(c).candidates();
    }

    @Test
    void sameSeedSamePlanOtherSeedOtherPlan() {
        for (String adcode : List.of("140123", "140882")) { // 娄烦县, 河津市
            List<UnitPlanner.Candidate> a = plan(20240101L, adcode), b = plan(20240101L, adcode), c = plan(7L, adcode);
            assertThat(a).hasSameSizeAs(b);
            for (int i = 0; i < a.size(); i++) {
                assertThat(a.get(i).subtype()).isEqualTo(b.get(i).subtype());
                assertThat(a.get(i).shapeKm().equalsExact(b.get(i).shapeKm())).isTrue();
            }
            boolean differs = a.size() != c.size();
            for (int i = 0; !differs && i < a.size(); i++) differs = !a.get(i).shapeKm().equalsExact(c.get(i).shapeKm());
            assertThat(differs).as("seed 7 should move something in " + adcode).isTrue();
        }
    }

    @Test
    void theYellowRiverIsTheWesternAndSouthernBorder() {
        // From near 老牛湾 (偏关) down the Shaanxi border and east along Henan to 垣曲.
        assertThat(land.yellowRiver.getStartPoint().getY()).isGreaterThan(39.5);
        assertThat(land.yellowRiver.getEndPoint().getX()).isGreaterThan(111.9);
        assertThat(land.yellowRiver.getEnvelopeInternal().getMinX()).isLessThan(110.4);
        assertThat(land.yellowRiver.getEnvelopeInternal().getMinY()).isLessThan(34.7);
        double km = land.yellowRiverKm.getLength();
        assertThat(km).isBetween(700.0, 1400.0);
    }
}
