package org.ecozoning.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.ecozoning.rules.ProjectNature.NEW;
import static org.ecozoning.testing.Sites.at;
import static org.ecozoning.testing.Sites.point;
import static org.ecozoning.testing.TestScheme.U6_GENERAL;

import org.ecozoning.compliance.AssessmentReport.Notice;
import org.ecozoning.compliance.AssessmentReport.UnitHit;
import org.ecozoning.industry.UnknownIndustryException;
import org.ecozoning.model.ZoningException;
import org.ecozoning.referencing.AxisOrder;
import org.ecozoning.referencing.CrsException;
import org.ecozoning.referencing.CrsRegistry;
import org.ecozoning.referencing.CrsTransformer;
import org.ecozoning.rules.ProjectNature;
import org.ecozoning.rules.Verdict;
import org.ecozoning.testing.Sites;
import org.ecozoning.testing.TestScheme;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.util.GeometricShapeFactory;

/** Input the engine corrects (with a warning) and input it refuses (with a clear error). */
class InputHandlingTest {
    static final ComplianceEngine ENGINE = new ComplianceEngine(TestScheme.scheme(), TestScheme.catalog());

    static AssessmentReport wkt(String wkt, String crs) {
        return ENGINE.assess(ProjectInput.builder().wkt(wkt).crs(crs).industry("6513").nature(NEW).build());
    }

    @Test
    void swappedLatitudeLongitudeIsDetectedAndCorrected() {
        AssessmentReport r = wkt("POINT (37.92 112.58)", "EPSG:4490");
        assertThat(r.units()).extracting(UnitHit::code).containsExactly(U6_GENERAL);
        assertThat(r.input().axesSwapped()).isTrue();
        assertThat(r.input().centroid()).containsExactly(112.58, 37.92);
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("AXIS_SWAPPED");
            assertThat(w.messageZh()).contains("坐标轴顺序疑似颠倒").contains("(37.92, 112.58)").contains("(112.58, 37.92)");
            assertThat(w.messageEn()).contains("axis order looks swapped");
        });
    }

    @Test
    void officialLatitudeFirstOrderOfTheUrnFormIsHonouredWithoutWarning() {
        AssessmentReport urn = wkt("POINT (37.92 112.58)", "urn:ogc:def:crs:EPSG::4490");
        assertThat(urn.units()).extracting(UnitHit::code).containsExactly(U6_GENERAL);
        assertThat(urn.warnings()).extracting(Notice::code).doesNotContain("AXIS_SWAPPED");
        assertThat(urn.input().axisOrder()).isEqualTo("NORTH_EAST");
        AssessmentReport crs84 = wkt("POINT (112.58 37.92)", "CRS:84");
        assertThat(crs84.units()).extracting(UnitHit::code).containsExactly(U6_GENERAL);
        assertThat(crs84.warnings()).extracting(Notice::code).doesNotContain("AXIS_SWAPPED");
        AssessmentReport forced = ENGINE.assess(at(point(37.92, 112.58), "6513", NEW).crs("EPSG:4326").axisOrder(AxisOrder.NORTH_EAST).build());
        assertThat(forced.units()).extracting(UnitHit::code).containsExactly(U6_GENERAL);
        assertThat(forced.input().axesSwapped()).isFalse();
    }

    @Test
    void swappedGaussKrugerNorthingEastingIsDetected() {
        double[] gk = CrsTransformer.of(CrsRegistry.CGCS2000, CrsRegistry.epsg(4547)).transform(112.58, 37.92);
        AssessmentReport r = ENGINE.assess(at(point(gk[1], gk[0]), "6513", NEW).crs("EPSG:4547").build());
        assertThat(r.units()).extracting(UnitHit::code).containsExactly(U6_GENERAL);
        assertThat(r.warnings()).extracting(Notice::code).contains("AXIS_SWAPPED");
    }

    @Test
    void aBowtieIsRepairedWithAWarning() {
        AssessmentReport square = wkt("POLYGON ((112.58 37.92, 112.60 37.92, 112.60 37.94, 112.58 37.94, 112.58 37.92))", "EPSG:4490");
        AssessmentReport bowtie = wkt("POLYGON ((112.58 37.92, 112.60 37.94, 112.60 37.92, 112.58 37.94, 112.58 37.92))", "EPSG:4490");
        assertThat(square.warnings()).extracting(Notice::code).doesNotContain("GEOMETRY_REPAIRED");
        assertThat(bowtie.input().repaired()).isTrue();
        assertThat(bowtie.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("GEOMETRY_REPAIRED");
            assertThat(w.messageZh()).contains("边界自相交").contains("已自动修复");
        });
        // the two triangles of the bowtie cover half of the square
        assertThat(bowtie.measure().area()).isCloseTo(square.measure().area() / 2, within(square.measure().area() * 0.01));
        assertThat(bowtie.units()).singleElement().satisfies(u -> assertThat(u.share()).isCloseTo(1.0, within(1e-9)));
    }

    @Test
    void unknownIndustryIsAClearError() {
        assertThatThrownBy(() -> ENGINE.assess(at(point(112.58, 37.92), "9999", NEW).build()))
                .isInstanceOf(UnknownIndustryException.class)
                .hasMessageContaining("行业代码「9999」无效").hasMessageContaining("industry code \"9999\" is not valid");
        assertThatThrownBy(() -> ENGINE.assess(at(point(112.58, 37.92), null, NEW).build())).isInstanceOf(UnknownIndustryException.class);
    }

    @Test
    void unknownCrsIsAClearError() {
        ZoningException e = catchZoning(() -> ENGINE.assess(at(point(112.58, 37.92), "6513", NEW).crs("EPSG:32649").build()));
        assertThat(e).isInstanceOf(CrsException.class);
        assertThat(e.code()).isEqualTo("UNKNOWN_CRS");
        assertThat(e.messageZh()).contains("EPSG:32649");
    }

    @Test
    void tooManyVerticesAreRefused() {
        ComplianceEngine strict = new ComplianceEngine(TestScheme.scheme(), TestScheme.catalog(), EngineOptions.DEFAULTS.withMaxVertices(100));
        GeometricShapeFactory f = new GeometricShapeFactory(TestScheme.GF);
        f.setCentre(new Coordinate(112.6, 38.0));
        f.setSize(0.01);
        f.setNumPoints(200);
        Polygon circle = f.createCircle();
        ZoningException e = catchZoning(() -> strict.assess(at(circle, "6513", NEW).build()));
        assertThat(e.code()).isEqualTo("TOO_MANY_VERTICES");
        assertThat(e.messageZh()).contains("超过上限 100");
        assertThat(ENGINE.assess(at(circle, "6513", NEW).build()).verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    void emptyNanMixedAndMalformedGeometriesAreRefused() {
        assertThat(catchZoning(() -> wkt("POLYGON EMPTY", "EPSG:4490")).code()).isEqualTo("EMPTY_GEOMETRY");
        Geometry nan = TestScheme.GF.createPoint(new Coordinate(Double.NaN, 37.9));
        assertThat(catchZoning(() -> ENGINE.assess(at(nan, "6513", NEW).build())).code()).isEqualTo("INVALID_COORDINATE");
        assertThat(catchZoning(() -> wkt("GEOMETRYCOLLECTION (POINT (112.6 38), LINESTRING (112.6 38, 112.61 38.01))", "EPSG:4490")).code())
                .isEqualTo("UNSUPPORTED_GEOMETRY");
        assertThat(catchZoning(() -> wkt("POLYGON ((112.6 38, 112.7", "EPSG:4490")).code()).isEqualTo("BAD_GEOMETRY");
        assertThat(catchZoning(() -> ENGINE.assess(ProjectInput.builder().geoJson("{\"type\":\"Point\"}").industry("6513").nature(NEW).build()))
                .code()).isEqualTo("BAD_GEOMETRY");
        assertThat(catchZoning(() -> ENGINE.assess(ProjectInput.builder().industry("6513").nature(NEW).build())).code()).isEqualTo("MISSING_GEOMETRY");
        assertThat(catchZoning(() -> wkt("LINESTRING (112.6 38, 112.6 38)", "EPSG:4490")).code()).isEqualTo("DEGENERATE_GEOMETRY");
        assertThat(catchZoning(() -> wkt("POINT (200 95)", "EPSG:4326")).code()).isEqualTo("COORDINATE_OUT_OF_RANGE");
    }

    @Test
    void missingNatureAndBadAttributesAreRefused() {
        assertThat(catchZoning(() -> ENGINE.assess(at(point(112.58, 37.92), "6513", null).build())).code()).isEqualTo("MISSING_NATURE");
        assertThat(catchZoning(() -> ENGINE.assess(at(point(112.58, 37.92), "6513", NEW).attribute("capacityMW", Double.NaN).build())).code())
                .isEqualTo("BAD_ATTRIBUTE");
        AssessmentReport typo = ENGINE.assess(at(point(112.58, 37.92), "6513", NEW).attribute("capacityMw", 200).build());
        assertThat(typo.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("UNKNOWN_ATTRIBUTE");
            assertThat(w.messageZh()).contains("capacityMw").contains("capacityMW");
        });
    }

    @Test
    void geoJsonAndCollectionsOfOneKindAreAccepted() {
        AssessmentReport r = ENGINE.assess(ProjectInput.builder()
                .geoJson("{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[112.58,37.92]}}")
                .industry("6513").nature(NEW).name("测试项目").build());
        assertThat(r.units()).extracting(UnitHit::code).containsExactly(U6_GENERAL);
        assertThat(r.input().projectName()).isEqualTo("测试项目");
        AssessmentReport gc = wkt("GEOMETRYCOLLECTION (POLYGON ((112.58 37.92, 112.59 37.92, 112.59 37.93, 112.58 37.92)), "
                + "POLYGON ((112.60 37.92, 112.61 37.92, 112.61 37.93, 112.60 37.92)))", "EPSG:4490");
        assertThat(gc.input().geometryType()).isEqualTo("MultiPolygon");
        assertThat(gc.measure().area()).isGreaterThan(0);
    }

    @Test
    void sitesOutsideTheSchemeAreOutside() {
        AssessmentReport beijing = ENGINE.assess(Sites.input(116.40, 39.90, "2521", NEW));
        assertThat(beijing.verdict()).isEqualTo(Verdict.OUTSIDE);
        assertThat(beijing.findings()).isEmpty();
        assertThat(beijing.clauses()).isEmpty();
        assertThat(beijing.units()).isEmpty();
        assertThat(beijing.warnings()).extracting(Notice::code).contains("OUTSIDE_SCHEME");
        AssessmentReport gap = ENGINE.assess(Sites.input(112.50, 38.20, "2521", NEW)); // in a county, in no unit
        assertThat(gap.verdict()).isEqualTo(Verdict.OUTSIDE);
        assertThat(gap.warnings()).extracting(Notice::code).contains("OUTSIDE_UNITS");
        AssessmentReport paris = ENGINE.assess(Sites.input(2.35, 48.85, "2521", NEW));
        assertThat(paris.verdict()).isEqualTo(Verdict.OUTSIDE);
        assertThat(paris.measure().crs()).isNull();
        assertThat(paris.warnings()).extracting(Notice::code).contains("NOT_MEASURED");
    }

    @Test
    void aCoarseIndustryCodeIsAskedForMoreDetail() {
        AssessmentReport r = ENGINE.assess(Sites.input(112.53, 37.92, "25", ProjectNature.NEW));
        assertThat(r.findings()).extracting(AssessmentReport.Finding::ruleId).contains("FEN-VALLEY").doesNotContain("RIVERS-HIGHRISK");
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("INDUSTRY_TOO_COARSE");
            assertThat(w.messageZh()).contains("RIVERS-HIGHRISK").contains("2521 炼焦").contains("4 位小类代码");
        });
    }

    @Test
    void inputsAreEchoed() {
        AssessmentReport r = ENGINE.assess(at(point(112.58, 37.92), "2521", NEW).capacityMW(12.5).name("焦化项目").build());
        assertThat(r.input().industryName()).isEqualTo("炼焦");
        assertThat(r.input().industryChain()).containsExactly("C 制造业", "25 石油、煤炭及其他燃料加工业", "252 煤炭加工", "2521 炼焦");
        assertThat(r.input().nature()).isEqualTo(NEW);
        assertThat(r.input().natureZh()).isEqualTo("新建");
        assertThat(r.input().attributes()).containsEntry("capacityMW", 12.5);
        assertThat(r.input().crs()).isEqualTo("EPSG:4490");
        assertThat(r.input().geometryType()).isEqualTo("Point");
        assertThat(r.input().vertexCount()).isEqualTo(1);
        assertThat(r.input().bbox()).containsExactly(112.58, 37.92, 112.58, 37.92);
        assertThat(r.schemeVersion()).isEqualTo("test-2024");
        assertThat(r.rulesVersion()).isEqualTo(TestScheme.rules().version());
    }

    private static ZoningException catchZoning(Runnable r) {
        try {
            r.run();
        } catch (ZoningException e) {
            return e;
        }
        throw new AssertionError("no ZoningException was thrown");
    }
}
