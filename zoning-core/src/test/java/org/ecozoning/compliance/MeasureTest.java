package org.ecozoning.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.ecozoning.rules.ProjectNature.NEW;
import static org.ecozoning.testing.Sites.at;
import static org.ecozoning.testing.Sites.point;
import static org.ecozoning.testing.TestScheme.U2_WATER;
import static org.ecozoning.testing.TestScheme.U3_INDUSTRIAL;
import static org.ecozoning.testing.TestScheme.U5_URBAN;
import static org.ecozoning.testing.TestScheme.U6_GENERAL;

import org.ecozoning.compliance.AssessmentReport.MeasureKind;
import org.ecozoning.compliance.AssessmentReport.UnitHit;
import org.ecozoning.referencing.CrsRegistry;
import org.ecozoning.referencing.CrsTransformer;
import org.ecozoning.testing.Sites;
import org.ecozoning.testing.TestScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.ProjCoordinate;

/** Areas and lengths are planar in the site's Gauss-Krüger zone, whatever CRS the site came in. */
class MeasureTest {
    static final ComplianceEngine ENGINE = new ComplianceEngine(TestScheme.scheme(), TestScheme.catalog());

    @ParameterizedTest
    @ValueSource(strings = {"EPSG:4326", "EPSG:4490", "CRS:84", "EPSG:3857", "EPSG:4546", "EPSG:4547", "EPSG:4526"})
    void oneSquareKilometreIsOneMillionSquareMetresInAnyInputCrs(String crs) {
        // a 1 km × 1 km square on the ground in U6 (centroid east of 112.5°E: measured in EPSG:4547)
        Geometry inGk = Sites.squareIn("EPSG:4547", 112.60, 38.00, 1000);
        Geometry input = CrsTransformer.of(CrsRegistry.epsg(4547), CrsRegistry.get(crs)).transform(inGk);
        AssessmentReport r = ENGINE.assess(at(input, "6513", NEW).crs(crs).build());
        assertThat(r.measure().crs()).isEqualTo("EPSG:4547");
        assertThat(r.measure().kind()).isEqualTo(MeasureKind.AREA);
        assertThat(r.measure().area()).as(crs).isCloseTo(1_000_000, within(1.0));
        assertThat(r.units()).singleElement().satisfies(u -> {
            assertThat(u.code()).isEqualTo(U6_GENERAL);
            assertThat(u.overlap()).isCloseTo(1_000_000, within(1.0));
            assertThat(u.share()).isEqualTo(1.0);
        });
    }

    @Test
    void theZoneFollowsTheCentroidLongitude() {
        AssessmentReport west = ENGINE.assess(at(Sites.square(112.45, 37.80, 1000), "6513", NEW).build());
        AssessmentReport east = ENGINE.assess(at(Sites.square(112.55, 37.80, 1000), "6513", NEW).build());
        assertThat(west.measure().crs()).isEqualTo("EPSG:4546");
        assertThat(west.measure().centralMeridian()).isEqualTo(111);
        assertThat(east.measure().crs()).isEqualTo("EPSG:4547");
        assertThat(east.measure().crsName()).contains("CM 114E");
        assertThat(west.measure().area()).isCloseTo(1_000_000, within(1.0));
        assertThat(east.measure().area()).isCloseTo(1_000_000, within(1.0));
    }

    @Test
    void sharesOfUnitsSumToOneInsideTheProvince() {
        // 2 km square centred on the corner shared by U2, U3, U5 and U6 (112.5°E, 37.9°N)
        AssessmentReport r = ENGINE.assess(at(Sites.square(112.50, 37.90, 2000), "6513", NEW).build());
        assertThat(r.units()).extracting(UnitHit::code).containsExactlyInAnyOrder(U2_WATER, U3_INDUSTRIAL, U5_URBAN, U6_GENERAL);
        double sum = r.units().stream().mapToDouble(UnitHit::share).sum();
        double overlap = r.units().stream().mapToDouble(UnitHit::overlap).sum();
        assertThat(sum).isCloseTo(1.0, within(1e-5));
        assertThat(overlap).isCloseTo(r.measure().area(), within(r.measure().area() * 1e-5));
        for (UnitHit u : r.units()) assertThat(u.share()).isCloseTo(0.25, within(0.01));
        assertThat(r.measure().insideShare()).isCloseTo(1.0, within(1e-5));
        assertThat(r.warnings()).extracting(AssessmentReport.Notice::code).doesNotContain("PARTLY_OUTSIDE");
    }

    @Test
    void lineLengthsArePlanarInTheZoneAndSplitAcrossUnits() {
        LineString line = TestScheme.GF.createLineString(new Coordinate[] {new Coordinate(112.45, 37.80), new Coordinate(112.55, 37.80)});
        AssessmentReport r = ENGINE.assess(at(line, "4811", NEW).build());
        assertThat(r.measure().kind()).isEqualTo(MeasureKind.LENGTH);
        assertThat(r.measure().crs()).isEqualTo("EPSG:4547"); // centroid at 112.5°E
        // independent reference: proj4j with the EPSG database definition of 4547
        CRSFactory f = new CRSFactory();
        BasicCoordinateTransform t = new BasicCoordinateTransform(f.createFromName("EPSG:4490"), f.createFromName("EPSG:4547"));
        ProjCoordinate a = new ProjCoordinate(), b = new ProjCoordinate();
        t.transform(new ProjCoordinate(112.45, 37.80), a);
        t.transform(new ProjCoordinate(112.55, 37.80), b);
        double expected = Math.hypot(b.x - a.x, b.y - a.y);
        assertThat(r.measure().length()).isCloseTo(expected, within(0.01));
        // sanity against the sphere: 0.1° of longitude at 37.8°N ≈ 8.79 km
        assertThat(r.measure().length()).isCloseTo(0.1 * Math.PI / 180 * 6_371_008.8 * Math.cos(Math.toRadians(37.8)), within(30.0));
        assertThat(r.units()).extracting(UnitHit::code).containsExactlyInAnyOrder(U2_WATER, U3_INDUSTRIAL);
        assertThat(r.units().stream().mapToDouble(UnitHit::share).sum()).isCloseTo(1.0, within(1e-6));
        for (UnitHit u : r.units()) assertThat(u.share()).isCloseTo(0.5, within(0.01));
        assertThat(r.measure().area()).isZero();
    }

    @Test
    void aPointHasNoAreaAndBelongsToItsUnit() {
        AssessmentReport r = ENGINE.assess(at(point(112.58, 37.92), "6513", NEW).build());
        assertThat(r.measure().kind()).isEqualTo(MeasureKind.POINTS);
        assertThat(r.measure().pointCount()).isEqualTo(1);
        assertThat(r.measure().area()).isZero();
        assertThat(r.units()).singleElement().satisfies(u -> {
            assertThat(u.code()).isEqualTo(U6_GENERAL);
            assertThat(u.overlap()).isZero();
            assertThat(u.share()).isEqualTo(1.0);
        });
    }

    @Test
    void aPointOnTheCornerOfFourUnitsIsSharedEqually() {
        AssessmentReport r = ENGINE.assess(at(point(112.50, 37.90), "6513", NEW).build());
        assertThat(r.units()).hasSize(4);
        for (UnitHit u : r.units()) assertThat(u.share()).isEqualTo(0.25);
    }

    @Test
    void multiPointSharesCountPoints() {
        Geometry mp = TestScheme.GF.createMultiPointFromCoords(new Coordinate[] {new Coordinate(112.58, 37.92), new Coordinate(112.32, 38.05),
                new Coordinate(112.60, 38.02)});
        AssessmentReport r = ENGINE.assess(at(mp, "6513", NEW).build());
        assertThat(r.measure().pointCount()).isEqualTo(3);
        assertThat(r.units()).extracting(UnitHit::code).containsExactly(U6_GENERAL, U5_URBAN);
        assertThat(r.units().get(0).share()).isCloseTo(2.0 / 3, within(1e-6));
        assertThat(r.units().get(1).share()).isCloseTo(1.0 / 3, within(1e-6));
    }

    @Test
    void aSiteHalfOutsideTheUnitsIsWarnedAbout() {
        // straddles the north edge of U6 (38.10°N); north of it lies the test county with no units
        AssessmentReport r = ENGINE.assess(at(Sites.square(112.60, 38.10, 1000), "6513", NEW).build());
        assertThat(r.units()).singleElement().satisfies(u -> assertThat(u.share()).isCloseTo(0.5, within(0.01)));
        assertThat(r.measure().insideShare()).isCloseTo(0.5, within(0.01));
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("PARTLY_OUTSIDE");
            assertThat(w.messageZh()).contains("不在任何管控单元内");
        });
    }

    @Test
    void zoneOverlapsAreMeasuredToo() {
        // 1 km square half on the 汾河 shoreline strip's west edge (112.52°E)
        AssessmentReport r = ENGINE.assess(at(Sites.square(112.52, 37.95, 1000), "6513", NEW).build());
        assertThat(r.zones()).anySatisfy(z -> {
            assertThat(z.id()).isEqualTo("Z03");
            assertThat(z.inside()).isTrue();
            assertThat(z.share()).isCloseTo(0.5, within(0.02));
            assertThat(z.overlap()).isCloseTo(500_000, within(20_000.0));
        });
        assertThat(r.zones()).anySatisfy(z -> {
            assertThat(z.id()).isEqualTo("Z05"); // basin contains it wholly
            assertThat(z.share()).isEqualTo(1.0);
        });
    }
}
