package org.ecozoning.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecozoning.geojson.GeoJsonFeature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/** Every county is partitioned exactly by its units, and the counties form a clean coverage. */
class PartitionTest {
    static final double REL = 1e-9;
    static Map<String, Geometry> counties = new LinkedHashMap<>();
    static Map<String, List<Geometry>> unitsByCounty = new LinkedHashMap<>();

    @BeforeAll
    static void load() {
        for (GeoJsonFeature f : SampleFiles.counties()) counties.put(f.string("adcode"), f.geometry());
        for (GeoJsonFeature f : SampleFiles.units()) unitsByCounty.computeIfAbsent(f.string("countyCode"), k -> new ArrayList<>()).add(f.geometry());
    }

    @Test
    void everyCountyHasUnitsAndEveryUnitACounty() {
        assertThat(counties).hasSize(119);
        assertThat(unitsByCounty.keySet()).containsExactlyInAnyOrderElementsOf(counties.keySet());
    }

    @Test
    void unitAreasSumToTheCountyArea() {
        for (Map.Entry<String, Geometry> c : counties.entrySet()) {
            double county = EqualAreaProjection.areaKm2(c.getValue());
            double sum = unitsByCounty.get(c.getKey()).stream().mapToDouble(EqualAreaProjection::areaKm2).sum();
            assertThat(Math.abs(sum - county) / county).as("county " + c.getKey()).isLessThan(REL);
        }
    }

    @Test
    void unionOfUnitsEqualsTheCounty() {
        for (Map.Entry<String, Geometry> c : counties.entrySet()) {
            Geometry units = OverlayNGRobust.union(c.getValue().getFactory().buildGeometry(unitsByCounty.get(c.getKey())));
            Geometry diff = OverlayNGRobust.overlay(units, c.getValue(), OverlayNG.SYMDIFFERENCE);
            assertThat(diff.getArea() / c.getValue().getArea()).as("symmetric difference, county " + c.getKey()).isLessThan(REL);
        }
    }

    @Test
    void unitsOfACountyDoNotOverlap() {
        for (Map.Entry<String, List<Geometry>> e : unitsByCounty.entrySet()) {
            List<Geometry> us = e.getValue();
            double countyArea = counties.get(e.getKey()).getArea();
            for (int i = 0; i < us.size(); i++) {
                for (int j = i + 1; j < us.size(); j++) {
                    if (!us.get(i).getEnvelopeInternal().intersects(us.get(j).getEnvelopeInternal())) continue;
                    double a = OverlayNGRobust.overlay(us.get(i), us.get(j), OverlayNG.INTERSECTION).getArea();
                    assertThat(a / countyArea).as("overlap of units %d and %d in county %s", i, j, e.getKey()).isLessThan(1e-12);
                }
            }
        }
    }

    @Test
    void countiesAreACleanCoverageWithoutGaps() {
        Geometry[] gs = counties.values().toArray(new Geometry[0]);
        for (Geometry invalid : CoverageValidator.validate(gs)) assertThat((Object) invalid).isNull();
        Geometry province = OverlayNGRobust.union(gs[0].getFactory().buildGeometry(List.of(gs)));
        assertThat(province.getNumGeometries()).isEqualTo(1);
        assertThat(((Polygon) province.getGeometryN(0)).getNumInteriorRing()).as("holes (gaps) in the province").isZero();
        double sum = 0;
        for (Geometry g : gs) sum += g.getArea();
        assertThat(Math.abs(sum - province.getArea()) / province.getArea()).as("overlap between counties").isLessThan(REL);
        assertThat(EqualAreaProjection.areaKm2(province)).isBetween(155_000.0, 158_000.0);
    }
}
