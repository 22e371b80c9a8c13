package org.ecozoning.sample;

import java.util.List;
import java.util.Map;
import org.ecozoning.model.Clause;
import org.ecozoning.model.ElementZone;
import org.locationtech.jts.geom.Geometry;

/**
 * The generated sample scheme held in memory: repaired counties, control units, element zones,
 * river centre lines for maps, access-list clauses, and the facts the QA report and README state.
 */
public record SampleScheme(
        long seed,
        int sourceFeatures,
        List<County> counties,
        List<GeneratedUnit> units,
        List<ElementZone> zones,
        Map<String, Geometry> rivers,
        List<Clause> clauses,
        CountyRepair.Result repair,
        UnitPartitioner.Result partition,
        List<UnitPlanner.Plan> plans) {

    /** City code → city name, in code order. */
    public Map<String, String> cities() {
        Map<String, String> m = new java.util.TreeMap<>();
        for (County c : counties) m.put(c.cityCode(), c.cityName());
        return m;
    }
}
