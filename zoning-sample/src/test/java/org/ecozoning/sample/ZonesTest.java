package org.ecozoning.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecozoning.geojson.GeoJsonFeature;
import org.ecozoning.model.ZoneType;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/** Element zones: every type present, clipped to the province, joint air areas equal to their real counties. */
class ZonesTest {
    @Test
    void everyZoneTypeIsPresentWithUniqueIds() {
        EnumSet<ZoneType> seen = EnumSet.noneOf(ZoneType.class);
        Set<String> ids = new HashSet<>();
        for (GeoJsonFeature z : SampleFiles.zones()) {
            seen.add(ZoneType.valueOf(z.string("type")));
            assertThat(ids.add(z.string("id"))).as(z.string("id")).isTrue();
            assertThat(z.string("name")).isNotBlank();
        }
        assertThat(seen).containsExactlyInAnyOrder(ZoneType.values());
    }

    @Test
    void keyRiverShorelinesAreNamedAfterThePolicyRivers() {
        Set<String> names = new HashSet<>();
        for (GeoJsonFeature z : SampleFiles.zones()) if ("RIVER_SHORELINE".equals(z.string("type"))) names.add(z.string("name"));
        assertThat(names).containsExactlyInAnyOrder("汾河", "桑干河", "滹沱河", "浊漳河", "清漳河", "沁河");
    }

    @Test
    void jointAirAreasAreExactlyTheUnionOfTheirNamedCounties() {
        Map<String, Geometry> byName = new HashMap<>();
        for (GeoJsonFeature c : SampleFiles.counties()) byName.put(c.string("name"), c.geometry());
        int areas = 0;
        for (GeoJsonFeature z : SampleFiles.zones()) {
            if (!"JOINT_AIR_CONTROL".equals(z.string("type"))) continue;
            areas++;
            String name = z.string("name");
            assertThat(name).endsWith("片区");
            List<Geometry> parts = new ArrayList<>();
            for (String shortName : name.substring(0, name.length() - 2).split("-")) {
                Geometry g = byName.entrySet().stream().filter(e -> e.getKey().startsWith(shortName) && e.getKey().length() == shortName.length() + 1)
                        .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError("no county named " + shortName));
                parts.add(g);
            }
            Geometry expected = OverlayNGRobust.union(parts.get(0).getFactory().buildGeometry(parts));
            Geometry diff = OverlayNGRobust.overlay(expected, z.geometry(), OverlayNG.SYMDIFFERENCE);
            assertThat(diff.getArea() / expected.getArea()).as(name).isLessThan(1e-9);
        }
        assertThat(areas).isEqualTo(3);
    }

    @Test
    void zonesLieInsideTheProvinceAndTheOneKmRangeContainsTheShoreline() {
        List<Geometry> cs = SampleFiles.counties().stream().map(GeoJsonFeature::geometry).toList();
        Geometry province = OverlayNGRobust.union(cs.get(0).getFactory().buildGeometry(cs));
        for (GeoJsonFeature z : SampleFiles.zones()) {
            // Clipping snap-rounds onto the 10⁻⁶° (≈0.1 m) grid, so a zone may stray by a hair, never more.
            double outsideKm2 = EqualAreaProjection.areaKm2(OverlayNGRobust.overlay(z.geometry(), province, OverlayNG.DIFFERENCE));
            assertThat(outsideKm2).as(z.string("id")).isLessThan(1e-3);
        }
        Geometry shore = PlacementTest.zone("YELLOW_RIVER_SHORELINE");
        Geometry oneKm = PlacementTest.zone("YELLOW_RIVER_1KM");
        assertThat(OverlayNGRobust.overlay(shore, oneKm, OverlayNG.DIFFERENCE).getArea() / shore.getArea()).isLessThan(1e-6);
        assertThat(EqualAreaProjection.areaKm2(oneKm)).isGreaterThan(EqualAreaProjection.areaKm2(shore) * 1.3);
        // The Yellow River range runs along the western border: it reaches both 偏关 (north) and 垣曲 (south-east).
        assertThat(shore.getEnvelopeInternal().getMaxY()).isGreaterThan(39.5);
        assertThat(shore.getEnvelopeInternal().getMaxX()).isGreaterThan(111.9);
    }

    @Test
    void theFenValleyContainsTheTaiyuanBasin() {
        Geometry basin = PlacementTest.zone("TAIYUAN_BASIN");
        Geometry valley = PlacementTest.zone("FEN_VALLEY");
        assertThat(OverlayNGRobust.overlay(basin, valley, OverlayNG.DIFFERENCE).getArea() / basin.getArea()).isLessThan(1e-6);
        assertThat(valley.getArea()).isGreaterThan(basin.getArea() * 1.5);
    }
}
