package org.ecozoning.io.mapping;

import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitSubtype;

/**
 * Guesses the subtype of a unit from its name when the data does not give one (e.g. "汾河水源地保护区"
 * → drinking water source). The guess must be of the unit's class, otherwise the class default is
 * used; the order of the keywords settles names that hold several (化工园区 before 园区).
 */
public final class SubtypeInference {
    private static final Object[][] KEYWORDS = {
            {UnitSubtype.ECOLOGICAL_RED_LINE, new String[] {"红线"}},
            {UnitSubtype.NATURE_RESERVE, new String[] {"自然保护", "保护地", "风景名胜", "森林公园", "地质公园", "国家公园"}},
            {UnitSubtype.DRINKING_WATER_SOURCE, new String[] {"水源"}},
            {UnitSubtype.IMPORTANT_WETLAND, new String[] {"湿地"}},
            {UnitSubtype.KARST_SPRING, new String[] {"泉域"}},
            {UnitSubtype.ECOLOGICAL_FOREST, new String[] {"公益林"}},
            {UnitSubtype.CHEMICAL_PARK, new String[] {"化工"}},
            {UnitSubtype.INDUSTRIAL_PARK, new String[] {"工业园", "开发区", "产业园", "园区", "工业集聚", "高新区", "经济技术"}},
            {UnitSubtype.URBAN_CENTRE, new String[] {"城镇", "城区", "中心城", "县城", "城市", "主城"}},
            {UnitSubtype.MINING_AREA, new String[] {"矿"}},
    };

    private SubtypeInference() { }

    /** The subtype the name suggests within {@code unitClass}, or null when the name says nothing usable. */
    public static UnitSubtype fromName(String name, UnitClass unitClass) {
        if (name == null) return null;
        if (unitClass == UnitClass.GENERAL_CONTROL) return UnitSubtype.GENERAL;
        for (Object[] row : KEYWORDS) {
            UnitSubtype s = (UnitSubtype) row[0];
            if (s.unitClass() != unitClass) continue;
            for (String k : (String[]) row[1]) if (name.contains(k)) return s;
        }
        return null;
    }
}
