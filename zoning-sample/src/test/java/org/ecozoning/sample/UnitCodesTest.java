package org.ecozoning.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ecozoning.geojson.GeoJsonFeature;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitCode;
import org.ecozoning.model.UnitSubtype;
import org.junit.jupiter.api.Test;

/** Unit codes are well formed, unique and consistent with class, county and per-county sequence. */
class UnitCodesTest {
    @Test
    void codesAreValidUniqueAndAgreeWithTheirUnit() {
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        Map<String, String> countyCity = new HashMap<>();
        for (GeoJsonFeature c : SampleFiles.counties()) countyCity.put(c.string("adcode"), c.string("cityCode"));
        Map<String, TreeSet<Integer>> sequences = new HashMap<>();
        for (GeoJsonFeature f : SampleFiles.units()) {
            String code = f.string("code");
            assertThat(UnitCode.isValid(code)).as(code).isTrue();
            assertThat(codes.add(code)).as("duplicate code " + code).isTrue();
            assertThat(names.add(f.string("name"))).as("duplicate name " + f.string("name")).isTrue();
            UnitCode uc = new UnitCode(code);
            UnitClass cls = UnitClass.valueOf(f.string("class"));
            UnitSubtype st = UnitSubtype.valueOf(f.string("subtype"));
            assertThat(uc.unitClass()).isEqualTo(cls);
            assertThat(st.unitClass()).isEqualTo(cls);
            assertThat(uc.adminCode()).isEqualTo(f.string("countyCode"));
            assertThat(f.string("cityCode")).isEqualTo(countyCity.get(f.string("countyCode")));
            assertThat(f.string("name")).endsWith(cls.labelZh());
            sequences.computeIfAbsent(code.substring(0, 9), k -> new TreeSet<>()).add(Integer.parseInt(code.substring(9)));
        }
        // Sequences run 1..n within each county and class.
        for (Map.Entry<String, TreeSet<Integer>> e : sequences.entrySet()) {
            assertThat(e.getValue().first()).as(e.getKey()).isEqualTo(1);
            assertThat(e.getValue().last()).as(e.getKey()).isEqualTo(e.getValue().size());
        }
        assertThat(codes.size()).isBetween(900, 1100);
    }
}
