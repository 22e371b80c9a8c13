package org.ecozoning.testing;

import java.nio.file.Path;
import java.util.List;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.model.Clause;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.Dimension;
import org.ecozoning.model.ElementZone;
import org.ecozoning.model.ListLevel;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitCode;
import org.ecozoning.model.UnitSubtype;
import org.ecozoning.model.ZoneType;
import org.ecozoning.rules.RuleSet;
import org.ecozoning.rules.RuleSetLoader;
import org.ecozoning.scheme.County;
import org.ecozoning.scheme.Scheme;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * A small hand-made scheme in real Shanxi coordinates (EPSG:4490), independent of the generated
 * sample. Area A (Taiyuan, 112.30–112.70°E, 37.70–38.10°N) has a 4 + 2 grid of units; area B
 * (Jixian on the Yellow River, 110.40–110.80°E, 36.00–36.20°N) has two. Every element-zone type is
 * present. Units and zones are lon/lat rectangles so tests can reason about positions by hand.
 *
 * <pre>
 *  38.10 +-----------U5 urban centre-----------+----------U6 general-------------+
 *        |  air 112.30-.35/37.90-.38.00        | subsidence 112.62-.68/37.95-38.05 |
 *        |  noise 112.35-.40/37.95-38.00       | closed site 112.55-.56/38.00-.01  |
 *  37.90 +---U1 red line---+---U2 water src----+---U3 ind. park--+--U4 chem park--+
 *        |                 |                   |                 | 潇河 112.64-.65  |
 *  37.70 +-----------------+-------------------+-----------------+----------------+
 *      112.30           112.40              112.50            112.60          112.70
 *  汾河岸线 112.52–112.54 (37.70–38.10); 太原盆地 112.40–112.70; 汾河谷地 112.50–112.70.
 * </pre>
 */
public final class TestScheme {
    public static final GeometryFactory GF = new GeometryFactory();
    public static final Path RULES_FILE = Path.of("../workspace/rules/shanxi-rules.json");

    public static final String U1_REDLINE = "ZH14012110001";
    public static final String U2_WATER = "ZH14012110002";
    public static final String U3_INDUSTRIAL = "ZH14010620001";
    public static final String U4_CHEMICAL = "ZH14010620002";
    public static final String U5_URBAN = "ZH14010520001";
    public static final String U6_GENERAL = "ZH14010530001";
    public static final String U7_GENERAL_JIXIAN = "ZH14102830001";
    public static final String U8_MINING_JIXIAN = "ZH14102820001";

    private static volatile RuleSet rules;
    private static volatile Scheme scheme;

    private TestScheme() { }

    public static IndustryCatalog catalog() { return IndustryCatalog.gbt4754(); }

    public static RuleSet rules() {
        if (rules == null) rules = new RuleSetLoader(catalog()).load(RULES_FILE);
        return rules;
    }

    public static synchronized Scheme scheme() {
        if (scheme == null) scheme = build(rules());
        return scheme;
    }

    /** The test scheme with another rule set (e.g. one with an added rule). */
    public static Scheme build(RuleSet rs) {
        return Scheme.builder("test-2024", rs)
                .units(units())
                .zones(zones())
                .clauses(clauses())
                .counties(counties())
                .build();
    }

    public static List<ControlUnit> units() {
        return List.of(
                unit(U1_REDLINE, "清徐县生态保护红线", UnitClass.PRIORITY_PROTECTION, UnitSubtype.ECOLOGICAL_RED_LINE, "140100", "太原市", "140121", "清徐县",
                        112.30, 37.70, 112.40, 37.90),
                unit(U2_WATER, "清徐县饮用水水源保护区", UnitClass.PRIORITY_PROTECTION, UnitSubtype.DRINKING_WATER_SOURCE, "140100", "太原市", "140121", "清徐县",
                        112.40, 37.70, 112.50, 37.90),
                unit(U3_INDUSTRIAL, "迎泽区工业园区", UnitClass.KEY_CONTROL, UnitSubtype.INDUSTRIAL_PARK, "140100", "太原市", "140106", "迎泽区",
                        112.50, 37.70, 112.60, 37.90),
                unit(U4_CHEMICAL, "迎泽区化工园区", UnitClass.KEY_CONTROL, UnitSubtype.CHEMICAL_PARK, "140100", "太原市", "140106", "迎泽区",
                        112.60, 37.70, 112.70, 37.90),
                unit(U5_URBAN, "小店区城镇中心", UnitClass.KEY_CONTROL, UnitSubtype.URBAN_CENTRE, "140100", "太原市", "140105", "小店区",
                        112.30, 37.90, 112.50, 38.10),
                unit(U6_GENERAL, "小店区一般管控单元", UnitClass.GENERAL_CONTROL, UnitSubtype.GENERAL, "140100", "太原市", "140105", "小店区",
                        112.50, 37.90, 112.70, 38.10),
                unit(U7_GENERAL_JIXIAN, "吉县一般管控单元", UnitClass.GENERAL_CONTROL, UnitSubtype.GENERAL, "141000", "临汾市", "141028", "吉县",
                        110.40, 36.00, 110.60, 36.20),
                unit(U8_MINING_JIXIAN, "吉县矿产开发区", UnitClass.KEY_CONTROL, UnitSubtype.MINING_AREA, "141000", "临汾市", "141028", "吉县",
                        110.60, 36.00, 110.80, 36.20));
    }

    public static List<ElementZone> zones() {
        return List.of(
                new ElementZone("Z01", ZoneType.YELLOW_RIVER_SHORELINE, "黄河岸线（吉县段）", rect(110.40, 36.00, 110.45, 36.20)),
                new ElementZone("Z02", ZoneType.YELLOW_RIVER_1KM, "黄河干流岸线外推1公里", rect(110.40, 36.00, 110.46, 36.20)),
                new ElementZone("Z03", ZoneType.RIVER_SHORELINE, "汾河岸线", rect(112.52, 37.70, 112.54, 38.10)),
                new ElementZone("Z04", ZoneType.RIVER_SHORELINE, "潇河岸线", rect(112.64, 37.70, 112.65, 37.80)),
                new ElementZone("Z05", ZoneType.TAIYUAN_BASIN, "太原盆地", rect(112.40, 37.70, 112.70, 38.10)),
                new ElementZone("Z06", ZoneType.FEN_VALLEY, "汾河谷地", rect(112.50, 37.70, 112.70, 38.10)),
                new ElementZone("Z07", ZoneType.JOINT_AIR_CONTROL, "清徐-交城片区", rect(112.30, 37.90, 112.35, 38.00)),
                new ElementZone("Z08", ZoneType.SUBSIDENCE_AREA, "古交采煤沉陷区", rect(112.62, 37.95, 112.68, 38.05)),
                new ElementZone("Z09", ZoneType.SALINE_ALKALI_LAND, "吉县盐碱地", rect(110.65, 36.05, 110.75, 36.10)),
                new ElementZone("Z10", ZoneType.CLOSED_SITE, "原焦化厂关闭地块", rect(112.55, 38.00, 112.56, 38.01)),
                new ElementZone("Z11", ZoneType.NOISE_SENSITIVE, "小店居住区", rect(112.35, 37.95, 112.40, 38.00)));
    }

    public static List<Clause> clauses() {
        return List.of(
                new Clause("P-01", ListLevel.PROVINCE, "140000", Dimension.SPATIAL_LAYOUT, "严禁新增钢铁产能。", List.of("STEEL")),
                new Clause("P-02", ListLevel.PROVINCE, "140000", Dimension.SPATIAL_LAYOUT, "黄河干支流岸线管控范围内禁止新建、扩建化工项目。",
                        List.of("YR-CHEM", "YR-MINE-1KM")),
                new Clause("P-03", ListLevel.PROVINCE, "140000", Dimension.POLLUTANT_EMISSION, "落实污染物总量控制。", List.of()),
                new Clause("C-140100-01", ListLevel.CITY, "140100", Dimension.SPATIAL_LAYOUT, "太原盆地不再新增独立焦化项目。", List.of("TY-COKE")),
                new Clause("C-141000-01", ListLevel.CITY, "141000", Dimension.RESOURCE_EFFICIENCY, "提高水资源利用效率。", List.of()),
                new Clause("U-" + U1_REDLINE + "-01", ListLevel.UNIT, U1_REDLINE, Dimension.SPATIAL_LAYOUT, "红线内禁止开发性、生产性建设活动。",
                        List.of("PRIORITY-REDLINE", "PRIORITY")),
                new Clause("U-" + U5_URBAN + "-01", ListLevel.UNIT, U5_URBAN, Dimension.SPATIAL_LAYOUT, "传统产业有序退出。", List.of("KEY-URBAN")),
                new Clause("U-" + U4_CHEMICAL + "-01", ListLevel.UNIT, U4_CHEMICAL, Dimension.POLLUTANT_EMISSION, "园区废水零排放。",
                        List.of("CHEM-PARK-ZLD", "KEY-INDUSTRIAL")),
                new Clause("U-" + U6_GENERAL + "-01", ListLevel.UNIT, U6_GENERAL, Dimension.SPATIAL_LAYOUT, "落实生态环境保护基本要求。",
                        List.of("GENERAL")));
    }

    /** Counties: area A, area B, and 阳曲县 north of area A, which has no units (a gap). */
    public static List<County> counties() {
        return List.of(
                new County("140105", "小店区（测试）", "太原市", "140100", rect(112.30, 37.70, 112.70, 38.10)),
                new County("140122", "阳曲县（测试）", "太原市", "140100", rect(112.30, 38.10, 112.70, 38.30)),
                new County("141028", "吉县（测试）", "临汾市", "141000", rect(110.40, 36.00, 110.80, 36.20)));
    }

    private static ControlUnit unit(String code, String name, UnitClass c, UnitSubtype s, String city, String cityName, String county,
                                    String countyName, double x0, double y0, double x1, double y1) {
        return new ControlUnit(new UnitCode(code), name, c, s, city, cityName, county, countyName, rect(x0, y0, x1, y1));
    }

    /** A lon/lat rectangle with vertices every 0.01° so that its projected edges follow the meridians closely. */
    public static Polygon rect(double x0, double y0, double x1, double y1) {
        List<Coordinate> cs = new java.util.ArrayList<>();
        int nx = Math.max(1, (int) Math.round((x1 - x0) / 0.01));
        int ny = Math.max(1, (int) Math.round((y1 - y0) / 0.01));
        for (int i = 0; i < nx; i++) cs.add(new Coordinate(x0 + (x1 - x0) * i / nx, y0));
        for (int i = 0; i < ny; i++) cs.add(new Coordinate(x1, y0 + (y1 - y0) * i / ny));
        for (int i = 0; i < nx; i++) cs.add(new Coordinate(x1 - (x1 - x0) * i / nx, y1));
        for (int i = 0; i < ny; i++) cs.add(new Coordinate(x0, y1 - (y1 - y0) * i / ny));
        cs.add(new Coordinate(x0, y0));
        for (Coordinate c : cs) {
            c.x = Math.round(c.x * 1e9) / 1e9; // shared edges of neighbours get identical vertices
            c.y = Math.round(c.y * 1e9) / 1e9;
        }
        return GF.createPolygon(cs.toArray(Coordinate[]::new));
    }
}
