package org.ecozoning.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecozoning.geojson.GeoJsonFeature;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitSubtype;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/** Realistic proportions and placements: class shares by area, subtypes present, parks where rules can fire. */
class PlacementTest {
    static Map<UnitClass, Double> classArea() {
        Map<UnitClass, Double> m = new EnumMap<>(UnitClass.class);
        for (GeoJsonFeature f : SampleFiles.units()) m.merge(UnitClass.valueOf(f.string("class")), EqualAreaProjection.areaKm2(f.geometry()), Double::sum);
        return m;
    }

    @Test
    void classSharesByAreaAreInRange() {
        Map<UnitClass, Double> m = classArea();
        double total = m.values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(m.get(UnitClass.PRIORITY_PROTECTION) / total).isBetween(0.35, 0.45);
        assertThat(m.get(UnitClass.KEY_CONTROL) / total).isBetween(0.10, 0.15);
        assertThat(m.get(UnitClass.GENERAL_CONTROL) / total).isBetween(0.40, 0.55);
    }

    @Test
    void everySubtypeOccursAndEveryCountyHasOneUrbanCentre() {
        EnumSet<UnitSubtype> seen = EnumSet.noneOf(UnitSubtype.class);
        Map<String, Integer> urban = new HashMap<>();
        int chem = 0;
        for (GeoJsonFeature f : SampleFiles.units()) {
            UnitSubtype st = UnitSubtype.valueOf(f.string("subtype"));
            seen.add(st);
            if (st == UnitSubtype.URBAN_CENTRE) urban.merge(f.string("countyCode"), 1, Integer::sum);
            if (st == UnitSubtype.CHEMICAL_PARK) chem++;
        }
        assertThat(seen).containsExactlyInAnyOrder(UnitSubtype.values());
        assertThat(urban).hasSize(119);
        assertThat(urban.values()).containsOnly(1);
        assertThat(chem).isBetween(15, 25);
    }

    @Test
    void chemicalParksLieWhereTheYellowRiverAndFenValleyRulesApply() {
        List<Geometry> parks = SampleFiles.units().stream().filter(f -> "CHEMICAL_PARK".equals(f.string("subtype"))).map(GeoJsonFeature::geometry).toList();
        Geometry shoreline = zone("YELLOW_RIVER_SHORELINE");
        Geometry fen = zone("FEN_VALLEY");
        long onYellowRiver = parks.stream().filter(p -> overlapKm2(p, shoreline) > 0.05).count();
        long inFenValley = parks.stream().filter(p -> overlapKm2(p, fen) > 0.05).count();
        assertThat(onYellowRiver).isGreaterThanOrEqualTo(1);
        assertThat(inFenValley).isGreaterThanOrEqualTo(3);
    }

    @Test
    void miningAreasAreOnlyInCoalCountiesAndRedLinesFollowTheRanges() {
        for (GeoJsonFeature f : SampleFiles.units()) {
            if ("MINING_AREA".equals(f.string("subtype"))) {
                assertThat(Gazetteer.COAL_COUNTIES).containsKey(f.string("countyCode"));
                assertThat(f.string("name")).contains("煤田");
            }
            if ("ECOLOGICAL_RED_LINE".equals(f.string("subtype"))) {
                assertThat(f.string("name")).containsAnyOf("太行山", "吕梁山", "恒山", "五台山", "中条山", "太岳山", "管涔山");
            }
        }
    }

    @Test
    void theNamedKarstSpringsHaveProtectionUnits() {
        String names = String.join("|", SampleFiles.units().stream().filter(f -> "KARST_SPRING".equals(f.string("subtype"))).map(f -> f.string("name")).toList());
        for (String spring : List.of("晋祠泉", "娘子关泉", "辛安泉", "郭庄泉", "柳林泉", "神头泉", "龙子祠泉")) assertThat(names).contains(spring);
    }

    static Geometry zone(String type) {
        return SampleFiles.zones().stream().filter(z -> type.equals(z.string("type"))).map(GeoJsonFeature::geometry).findFirst().orElseThrow();
    }

    static double overlapKm2(Geometry a, Geometry b) {
        if (!a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) return 0;
        return EqualAreaProjection.areaKm2(OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION));
    }
}
