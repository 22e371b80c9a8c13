package org.ecozoning.sample;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ecozoning.model.Clause;
import org.ecozoning.model.ElementZone;
import org.ecozoning.model.ListLevel;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitSubtype;
import org.ecozoning.model.ZoneType;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;

/** Counts and areas of a generated scheme, as reported in QA-REPORT.md and README.md. */
record SchemeStats(
        double provinceKm2,
        Map<UnitClass, double[]> byClass,
        Map<UnitSubtype, double[]> bySubtype,
        Map<ZoneType, double[]> byZoneType,
        Map<ListLevel, Integer> clausesByLevel,
        int invalidCounties,
        int invalidUnits,
        int coverageErrors,
        double maxPartitionRelError) {

    static SchemeStats of(SampleScheme s) {
        Map<UnitClass, double[]> byClass = new EnumMap<>(UnitClass.class);
        Map<UnitSubtype, double[]> bySubtype = new EnumMap<>(UnitSubtype.class);
        for (UnitClass c : UnitClass.values()) byClass.put(c, new double[2]);
        for (UnitSubtype t : UnitSubtype.values()) bySubtype.put(t, new double[2]);
        Map<String, Double> unitAreaByCounty = new LinkedHashMap<>();
        int invalidUnits = 0;
        for (GeneratedUnit u : s.units()) {
            byClass.get(u.unit().unitClass())[0]++;
            byClass.get(u.unit().unitClass())[1] += u.areaKm2();
            bySubtype.get(u.subtype())[0]++;
            bySubtype.get(u.subtype())[1] += u.areaKm2();
            unitAreaByCounty.merge(u.unit().countyCode(), u.areaKm2(), Double::sum);
            if (!u.unit().geometry().isValid()) invalidUnits++;
        }
        Map<ZoneType, double[]> byZone = new EnumMap<>(ZoneType.class);
        for (ZoneType t : ZoneType.values()) byZone.put(t, new double[2]);
        for (ElementZone z : s.zones()) {
            byZone.get(z.type())[0]++;
            byZone.get(z.type())[1] += EqualAreaProjection.areaKm2(z.geometry());
        }
        Map<ListLevel, Integer> byLevel = new EnumMap<>(ListLevel.class);
        for (ListLevel l : ListLevel.values()) byLevel.put(l, 0);
        for (Clause c : s.clauses()) byLevel.merge(c.level(), 1, Integer::sum);
        double province = 0;
        double maxRel = 0;
        int invalidCounties = 0;
        for (County c : s.counties()) {
            double a = EqualAreaProjection.areaKm2(c.geometry());
            province += a;
            maxRel = Math.max(maxRel, Math.abs(unitAreaByCounty.getOrDefault(c.adcode(), 0.0) - a) / a);
            if (!c.geometry().isValid()) invalidCounties++;
        }
        Geometry[] gs = s.counties().stream().map(County::geometry).toArray(Geometry[]::new);
        int coverageErrors = 0;
        for (Geometry g : CoverageValidator.validate(gs)) if (g != null) coverageErrors++;
        return new SchemeStats(province, byClass, bySubtype, byZone, byLevel, invalidCounties, invalidUnits, coverageErrors, maxRel);
    }

    int unitCount() { return byClass.values().stream().mapToInt(v -> (int) v[0]).sum(); }

    double share(UnitClass c) { return byClass.get(c)[1] / provinceKm2; }
}
