package org.ecozoning.sample;

import org.ecozoning.model.UnitSubtype;

/**
 * Chinese names of generated units, in the usual pattern county + place + kind + class, e.g.
 * "娄烦县汾河水库饮用水水源优先保护单元". Counties whose names repeat across cities (城区, 郊区, 矿区)
 * are prefixed with their city so every name is unique in the province.
 */
final class UnitNames {
    private UnitNames() { }

    /** "大同市城区" for the ambiguous district names, the plain name otherwise. */
    static String countyLabel(County c) { return countyLabel(c.cityName(), c.name()); }

    static String countyLabel(String cityName, String countyName) {
        if (countyName.equals("城区") || countyName.equals("郊区") || countyName.equals("矿区")) return cityName + countyName;
        return countyName;
    }

    static String name(County c, UnitSubtype st, String label) {
        String county = countyLabel(c);
        return switch (st) {
            case DRINKING_WATER_SOURCE -> county + label + "饮用水水源优先保护单元";
            case URBAN_CENTRE -> county + "城镇中心重点管控单元";
            case CHEMICAL_PARK, INDUSTRIAL_PARK -> county + label + "重点管控单元";
            case NATURE_RESERVE -> county + label + "自然保护地优先保护单元";
            case ECOLOGICAL_RED_LINE -> county + label + "生态保护红线优先保护单元";
            case KARST_SPRING -> county + label + "泉域重点保护区优先保护单元";
            case IMPORTANT_WETLAND -> county + label + "重要湿地优先保护单元";
            case MINING_AREA -> county + label + "矿产开发区重点管控单元";
            case ECOLOGICAL_FOREST -> county + label + "优先保护单元";
            case GENERAL -> county + label + "一般管控单元";
        };
    }
}
