package org.ecozoning.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecozoning.io.mapping.ClauseSplitter;
import org.ecozoning.model.Clause;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.Dimension;
import org.ecozoning.model.ElementZone;
import org.ecozoning.model.ListLevel;

/**
 * The attribute names and values our own exports write (GeoJSON properties, GeoPackage columns) —
 * the names of {@code workspace/mappings/native.json} — so that an export reads back with the
 * native mapping. Dimension texts are the unit's UNIT-level clauses joined as numbered items.
 */
public final class NativeFields {
    public static final String CODE = "code", NAME = "name", CLASS = "class", SUBTYPE = "subtype",
            CITY_CODE = "cityCode", CITY_NAME = "cityName", COUNTY_CODE = "countyCode", COUNTY_NAME = "countyName";
    /** Property telling unit and zone features apart in a single GeoJSON file. */
    public static final String LAYER = "layer";
    public static final String LAYER_UNIT = "control_unit", LAYER_ZONE = "element_zone";
    public static final String ZONE_ID = "id", ZONE_TYPE = "type", ZONE_NAME = "name";

    private NativeFields() { }

    /** The native property name of a dimension's text (spatialLayout, pollutantEmission …). */
    public static String dimensionField(Dimension d) {
        return switch (d) {
            case SPATIAL_LAYOUT -> "spatialLayout";
            case POLLUTANT_EMISSION -> "pollutantEmission";
            case ENVIRONMENTAL_RISK -> "environmentalRisk";
            case RESOURCE_EFFICIENCY -> "resourceEfficiency";
        };
    }

    /** The attributes of a unit, with the joined text of its UNIT clauses per dimension. */
    public static Map<String, Object> unit(ControlUnit u, Map<String, Map<Dimension, List<String>>> textsByUnit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(CODE, u.code().value());
        m.put(NAME, u.name());
        m.put(CLASS, u.unitClass().name());
        m.put(SUBTYPE, u.subtype().name());
        m.put(CITY_CODE, u.cityCode());
        m.put(CITY_NAME, u.cityName());
        m.put(COUNTY_CODE, u.countyCode());
        m.put(COUNTY_NAME, u.countyName());
        Map<Dimension, List<String>> texts = textsByUnit.getOrDefault(u.code().value(), Map.of());
        for (Dimension d : Dimension.values()) {
            List<String> items = texts.get(d);
            m.put(dimensionField(d), items == null || items.isEmpty() ? null : ClauseSplitter.join(items));
        }
        return m;
    }

    /** The attributes of an element zone. */
    public static Map<String, Object> zone(ElementZone z) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(ZONE_ID, z.id());
        m.put(ZONE_TYPE, z.type().name());
        m.put(ZONE_NAME, z.name());
        return m;
    }

    /** UNIT clause texts by unit code and dimension, in clause order. */
    public static Map<String, Map<Dimension, List<String>>> unitTexts(List<Clause> clauses) {
        Map<String, Map<Dimension, List<String>>> m = new LinkedHashMap<>();
        for (Clause c : clauses) {
            if (c.level() != ListLevel.UNIT) continue;
            m.computeIfAbsent(c.scopeCode(), k -> new java.util.EnumMap<>(Dimension.class))
                    .computeIfAbsent(c.dimension(), k -> new java.util.ArrayList<>()).add(c.text());
        }
        return m;
    }
}
