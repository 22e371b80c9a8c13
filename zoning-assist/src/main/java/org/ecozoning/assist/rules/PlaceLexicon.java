package org.ecozoning.assist.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitSubtype;
import org.ecozoning.model.ZoneType;

/**
 * Recognises the places access-list clauses name and maps them to the rules model: element-zone
 * types (黄河干支流岸线管控范围, 太原盆地, 汾河沿岸 …), unit subtypes (化工园区, 饮用水水源保护区 …)
 * and unit classes (优先保护单元 …). Earlier patterns win where matches overlap, so the longer,
 * more specific phrases come first. Stateless and thread-safe.
 */
public final class PlaceLexicon {
    /** Rivers whose shorelines are zones of type RIVER_SHORELINE (RIVERS-HIGHRISK and the sample data). */
    static final String RIVERS = "汾河|桑干河|滹沱河|浊漳河|清漳河|漳河|沁河|御河|桃河|温河";

    private record Entry(Pattern pattern, ZoneType zone, UnitSubtype subtype, UnitClass unitClass) { }

    private static final List<Entry> ENTRIES = new ArrayList<>();

    static {
        zone("黄河河道及干流岸线外推1公里(?:范围)?(?:内)?|岸线外推1公里(?:范围)?", ZoneType.YELLOW_RIVER_1KM);
        zone("黄河[^,;。禁严不]{0,10}?岸线管控范围(?:内)?", ZoneType.YELLOW_RIVER_SHORELINE);
        zone("(?:(?:" + RIVERS + ")(?:太原段)?[、和及]?)+(?:等)?(?:干流及主要支流|干流|主要支流)?沿岸", ZoneType.RIVER_SHORELINE);
        zone("太原盆地", ZoneType.TAIYUAN_BASIN);
        zone("汾河谷地", ZoneType.FEN_VALLEY);
        zone("[^,;。:]{0,30}?片区(?:实施)?大气污染联防联控|大气污染联防联控(?:片区)?", ZoneType.JOINT_AIR_CONTROL);
        zone("采煤沉陷区", ZoneType.SUBSIDENCE_AREA);
        zone("盐碱地", ZoneType.SALINE_ALKALI_LAND);
        zone("(?:焦化、农药等)?(?:重点企业)?关闭搬迁地块", ZoneType.CLOSED_SITE);
        zone("噪声敏感建筑物集中区域", ZoneType.NOISE_SENSITIVE);
        unitClass("优先保护单元", UnitClass.PRIORITY_PROTECTION);
        unitClass("重点管控单元", UnitClass.KEY_CONTROL);
        unitClass("一般管控单元", UnitClass.GENERAL_CONTROL);
        subtype("生态保护红线", UnitSubtype.ECOLOGICAL_RED_LINE);
        subtype("自然保护地|自然保护区|核心保护区", UnitSubtype.NATURE_RESERVE);
        subtype("饮用水水源(?:保护区|地)?|水源地|一级保护区|二级保护区", UnitSubtype.DRINKING_WATER_SOURCE);
        subtype("重要湿地|湿地内", UnitSubtype.IMPORTANT_WETLAND);
        subtype("泉域(?:重点保护区)?", UnitSubtype.KARST_SPRING);
        subtype("生态公益林|公益林", UnitSubtype.ECOLOGICAL_FOREST);
        subtype("化工园区|化工循环产业园", UnitSubtype.CHEMICAL_PARK);
        subtype("工业类开发区|工业园区|工业集中区|经济技术开发区|经济开发区|开发区|园区", UnitSubtype.INDUSTRIAL_PARK);
        subtype("城镇中心|中心城区|城市建成区|建成区|受体敏感区", UnitSubtype.URBAN_CENTRE);
        subtype("矿产开发区|煤田", UnitSubtype.MINING_AREA);
    }

    private static void zone(String re, ZoneType t) { ENTRIES.add(new Entry(Pattern.compile(re), t, null, null)); }

    private static void subtype(String re, UnitSubtype s) { ENTRIES.add(new Entry(Pattern.compile(re), null, s, null)); }

    private static void unitClass(String re, UnitClass c) { ENTRIES.add(new Entry(Pattern.compile(re), null, null, c)); }

    private static final Pattern RIVER = Pattern.compile(RIVERS);

    /** Places in {@code text} (normalised), in text order, without overlaps. */
    public List<PlaceMention> find(String text) {
        List<PlaceMention> out = new ArrayList<>();
        for (Entry e : ENTRIES) {
            Matcher m = e.pattern.matcher(text);
            while (m.find()) {
                int s = m.start(), en = m.end();
                if (s == en || out.stream().anyMatch(p -> s < p.end() && p.start() < en)) continue;
                List<String> names = new ArrayList<>();
                if (e.zone == ZoneType.RIVER_SHORELINE) {
                    Matcher r = RIVER.matcher(m.group());
                    while (r.find()) if (!names.contains(r.group())) names.add(r.group());
                }
                out.add(new PlaceMention(e.zone, names, e.subtype, e.unitClass, m.group(), s, en));
            }
        }
        out.sort(Comparator.comparingInt(PlaceMention::start));
        return out;
    }
}
