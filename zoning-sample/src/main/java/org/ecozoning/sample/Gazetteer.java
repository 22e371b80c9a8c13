package org.ecozoning.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Approximate places the sample scheme is laid out around: county seats, river centre lines,
 * mountain ranges, nature reserves, karst springs, chemical parks, coal counties. Coordinates are
 * lon/lat to about 0.01–0.05° (1–5 km) from general geographic knowledge; they make the sample
 * plausible, they are not survey data.
 */
final class Gazetteer {
    private Gazetteer() { }

    /** A named point with a size in km (radius or half-width, depending on use). */
    record Place(String name, double lon, double lat, double sizeKm) { }

    /** A named polyline (lon/lat pairs). */
    record Line(String name, double[][] points) { }

    /** A mountain range: its centre line and the half-width range of its red-line patches (km). */
    record Range(String name, double[][] points, double minHalfWidthKm, double maxHalfWidthKm) { }

    /** A chemical park: the county it is in, its name and approximate centre; {@code nearYellowRiver} puts it on the bank. */
    record ChemPark(String adcode, String name, double lon, double lat, boolean nearYellowRiver) { }

    /** A county-seat position (approximate, lon/lat) by county code (codes of about 2015). */
    static final Map<String, double[]> SEATS = seats(
            "140105", 112.565, 37.736, "140106", 112.563, 37.863, "140107", 112.570, 37.894, "140108", 112.487, 37.940,
            "140109", 112.516, 37.859, "140110", 112.478, 37.715, "140121", 112.358, 37.608, "140122", 112.673, 38.058,
            "140123", 111.797, 38.068, "140181", 112.175, 37.907,
            "140202", 113.298, 40.076, "140203", 113.177, 40.036, "140211", 113.149, 40.005, "140212", 113.140, 40.256,
            "140221", 113.749, 40.362, "140222", 114.091, 40.421, "140223", 114.279, 39.763, "140224", 114.234, 39.442,
            "140225", 113.699, 39.699, "140226", 112.703, 40.013, "140227", 113.612, 40.040,
            "140302", 113.587, 37.861, "140303", 113.555, 37.869, "140311", 113.584, 37.916, "140321", 113.631, 37.800,
            "140322", 113.412, 38.086,
            "140402", 113.114, 36.192, "140411", 113.120, 36.262, "140421", 113.048, 36.052, "140423", 113.050, 36.532,
            "140424", 112.892, 36.316, "140425", 113.439, 36.200, "140426", 113.387, 36.503, "140427", 113.207, 36.110,
            "140428", 112.884, 36.122, "140429", 112.865, 36.834, "140430", 112.701, 36.757, "140431", 112.341, 36.500,
            "140481", 113.223, 36.332,
            "140502", 112.853, 35.498, "140521", 112.187, 35.689, "140522", 112.422, 35.482, "140524", 113.281, 35.776,
            "140525", 112.830, 35.420, "140581", 112.924, 35.797,
            "140602", 112.432, 39.320, "140603", 112.288, 39.512, "140621", 112.816, 39.527, "140622", 113.191, 39.554,
            "140623", 112.466, 39.989, "140624", 113.100, 39.828,
            "140702", 112.708, 37.698, "140721", 112.976, 37.071, "140722", 113.379, 37.082, "140723", 113.570, 37.329,
            "140724", 113.707, 37.612, "140725", 113.177, 37.895, "140726", 112.551, 37.421, "140727", 112.335, 37.358,
            "140728", 112.176, 37.190, "140729", 111.778, 36.848, "140781", 111.917, 37.027,
            "140802", 111.001, 35.026, "140821", 110.774, 35.144, "140822", 110.838, 35.416, "140823", 111.224, 35.357,
            "140824", 110.979, 35.600, "140825", 111.225, 35.616, "140826", 111.568, 35.491, "140827", 111.670, 35.298,
            "140828", 111.220, 35.141, "140829", 111.218, 34.838, "140830", 110.695, 34.694, "140881", 110.448, 34.867,
            "140882", 110.712, 35.597,
            "140902", 112.734, 38.417, "140921", 112.963, 38.474, "140922", 113.255, 38.728, "140923", 112.960, 39.066,
            "140924", 113.266, 39.189, "140925", 112.304, 39.001, "140926", 111.940, 38.360, "140927", 112.203, 39.088,
            "140928", 111.848, 38.912, "140929", 111.570, 38.705, "140930", 111.146, 39.381, "140931", 111.086, 39.022,
            "140932", 111.501, 39.437, "140981", 112.712, 38.729,
            "141002", 111.522, 36.080, "141021", 111.475, 35.641, "141022", 111.714, 35.739, "141023", 111.442, 35.876,
            "141024", 111.675, 36.255, "141025", 111.920, 36.268, "141026", 112.251, 36.146, "141027", 111.850, 35.971,
            "141028", 110.682, 36.099, "141029", 110.847, 35.975, "141030", 110.752, 36.465, "141031", 110.935, 36.692,
            "141032", 110.632, 36.760, "141033", 111.097, 36.412, "141034", 111.563, 36.653, "141081", 111.372, 35.619,
            "141082", 111.723, 36.569,
            "141102", 111.150, 37.518, "141121", 112.028, 37.437, "141122", 112.159, 37.555, "141123", 111.127, 38.463,
            "141124", 110.996, 37.961, "141125", 110.890, 37.431, "141126", 110.837, 36.999, "141127", 111.672, 38.279,
            "141128", 111.244, 37.893, "141129", 111.194, 37.342, "141130", 111.183, 36.983, "141181", 111.781, 37.145,
            "141182", 111.788, 37.268);

    /** Seats of the prefecture cities' people's governments: the district that holds each. */
    static final Set<String> PREFECTURE_SEAT_DISTRICTS = Set.of(
            "140106", "140202", "140302", "140402", "140502", "140602", "140702", "140802", "140902", "141002", "141102");

    /** The key rivers of policy §四(八), centre lines from source to where they leave the province. */
    static final List<Line> KEY_RIVERS = List.of(
            new Line("汾河", new double[][] {
                {112.07, 38.93}, {112.02, 38.72}, {111.98, 38.58}, {111.94, 38.37}, {111.87, 38.20}, {111.82, 38.05},
                {111.95, 37.95}, {112.17, 37.91}, {112.33, 37.95}, {112.43, 37.98}, {112.50, 37.92}, {112.54, 37.82},
                {112.51, 37.72}, {112.42, 37.58}, {112.28, 37.43}, {112.15, 37.30}, {112.02, 37.17}, {111.92, 37.07},
                {111.85, 36.97}, {111.77, 36.84}, {111.73, 36.70}, {111.72, 36.57}, {111.68, 36.40}, {111.66, 36.25},
                {111.56, 36.12}, {111.50, 36.04}, {111.44, 35.88}, {111.40, 35.72}, {111.33, 35.63}, {111.22, 35.60},
                {111.05, 35.59}, {110.97, 35.58}, {110.80, 35.55}, {110.66, 35.52}, {110.55, 35.47}, {110.40, 35.44}}),
            new Line("桑干河", new double[][] {
                {112.25, 39.02}, {112.35, 39.20}, {112.44, 39.34}, {112.60, 39.41}, {112.80, 39.47}, {113.00, 39.57},
                {113.18, 39.64}, {113.35, 39.75}, {113.55, 39.88}, {113.75, 39.98}, {113.95, 40.05}, {114.25, 40.12}}),
            new Line("滹沱河", new double[][] {
                {113.75, 39.22}, {113.50, 39.25}, {113.27, 39.17}, {113.10, 39.12}, {112.96, 39.04}, {112.80, 38.88},
                {112.70, 38.74}, {112.72, 38.60}, {112.82, 38.50}, {112.98, 38.44}, {113.15, 38.49}, {113.32, 38.50},
                {113.50, 38.42}, {113.70, 38.33}, {114.00, 38.22}}),
            new Line("浊漳河", new double[][] {
                {112.70, 36.05}, {112.88, 36.11}, {113.00, 36.19}, {113.12, 36.30}, {113.22, 36.40}, {113.30, 36.46},
                {113.45, 36.48}, {113.60, 36.47}, {113.80, 36.50}}),
            new Line("浊漳河", new double[][] {
                {112.95, 37.12}, {112.97, 37.05}, {112.86, 36.84}, {112.95, 36.68}, {113.05, 36.54}, {113.18, 36.45},
                {113.30, 36.46}}),
            new Line("清漳河", new double[][] {
                {113.52, 37.50}, {113.57, 37.33}, {113.45, 37.18}, {113.38, 37.08}, {113.50, 36.95}, {113.62, 36.85},
                {113.85, 36.72}}),
            new Line("沁河", new double[][] {
                {112.20, 36.92}, {112.30, 36.70}, {112.34, 36.50}, {112.28, 36.30}, {112.25, 36.15}, {112.30, 35.95},
                {112.34, 35.77}, {112.45, 35.55}, {112.58, 35.38}, {112.70, 35.25}, {112.85, 35.10}}));

    /** Mountain ranges whose slopes carry the sample ecological red line (太行山 is derived from the east border). */
    static final List<Range> RANGES = List.of(
            new Range("吕梁山", new double[][] {
                {111.75, 38.60}, {111.55, 38.25}, {111.46, 37.90}, {111.40, 37.60}, {111.35, 37.30}, {111.30, 37.00},
                {111.20, 36.70}, {111.10, 36.40}, {111.00, 36.10}, {110.95, 35.85}}, 7, 12),
            new Range("恒山", new double[][] {
                {112.55, 39.20}, {112.95, 39.35}, {113.40, 39.50}, {113.75, 39.62}, {114.20, 39.60}}, 6, 10),
            new Range("五台山", new double[][] {
                {112.95, 38.85}, {113.30, 38.97}, {113.58, 39.05}, {113.95, 39.02}}, 7, 12),
            new Range("中条山", new double[][] {
                {110.35, 34.78}, {110.70, 34.85}, {111.00, 34.92}, {111.30, 35.07}, {111.55, 35.24}, {111.85, 35.37},
                {112.20, 35.30}}, 5, 9),
            new Range("太岳山", new double[][] {
                {112.05, 37.05}, {111.98, 36.80}, {112.00, 36.55}, {112.05, 36.30}, {112.05, 36.05}, {111.95, 35.85}}, 6, 10),
            new Range("管涔山", new double[][] {
                {111.78, 38.55}, {111.92, 38.75}, {112.05, 38.95}, {112.15, 39.10}}, 6, 10));

    /** 太行山 is laid this far inside the province's eastern border (km), between these latitudes. */
    static final double TAIHANG_INSET_KM = 16;
    static final double TAIHANG_SOUTH = 35.35;
    static final double TAIHANG_NORTH = 38.95;

    /** Nature reserves (approximate centres; size = radius km). */
    static final List<Place> NATURE_RESERVES = List.of(
            new Place("芦芽山", 111.93, 38.70, 8), new Place("庞泉沟", 111.47, 37.87, 6.5), new Place("历山", 111.97, 35.42, 8),
            new Place("蟒河", 112.43, 35.26, 5), new Place("五鹿山", 111.22, 36.50, 7), new Place("黑茶山", 111.45, 38.35, 6),
            new Place("灵空山", 112.10, 36.62, 5.5), new Place("太宽河", 111.45, 35.08, 6), new Place("红豆杉", 113.45, 35.70, 5),
            new Place("云顶山", 111.55, 38.08, 5.5));

    /** Karst springs (泉域) with the radius (km) of their sample key protection zone. */
    static final List<Place> KARST_SPRINGS = List.of(
            new Place("晋祠泉", 112.435, 37.705, 6), new Place("兰村泉", 112.43, 38.00, 4.5), new Place("娘子关泉", 113.86, 37.97, 7),
            new Place("辛安泉", 113.43, 36.43, 7), new Place("郭庄泉", 111.75, 36.50, 6), new Place("龙子祠泉", 111.40, 36.03, 6),
            new Place("柳林泉", 110.87, 37.45, 5), new Place("神头泉", 112.42, 39.38, 6), new Place("洪山泉", 111.98, 36.98, 4.5),
            new Place("古堆泉", 111.28, 35.67, 4.5), new Place("三姑泉", 112.85, 35.29, 5), new Place("雷鸣寺泉", 112.08, 38.92, 3.5));

    /** Lakes and reservoirs kept as wetlands (size = radius km). */
    static final List<Place> LAKES = List.of(
            new Place("运城盐湖", 111.00, 35.005, 4), new Place("伍姓湖", 110.58, 34.91, 2.5), new Place("晋阳湖", 112.50, 37.73, 1.8),
            new Place("册田水库", 113.74, 39.98, 2.5));

    /** Named drinking-water sources by county code (reservoirs near the seat); others get a generic one. */
    static final Map<String, Place> NAMED_WATER_SOURCES = Map.of(
            "140123", new Place("汾河水库", 111.85, 38.03, 3.2),
            "140108", new Place("汾河二库", 112.37, 37.96, 2.2),
            "140411", new Place("漳泽水库", 113.03, 36.20, 2.8),
            "140521", new Place("张峰水库", 112.33, 35.78, 2.8),
            "141121", new Place("文峪河水库", 111.98, 37.55, 2.5),
            "140202", new Place("御河", 113.32, 40.12, 1.6),
            "140902", new Place("豆罗水源地", 112.62, 38.55, 2.2),
            "141002", new Place("土门水源地", 111.43, 36.16, 2.0));

    /** Chemical parks (about twenty, several near the Fen, two on the Yellow River bank). */
    static final List<ChemPark> CHEMICAL_PARKS = List.of(
            new ChemPark("140121", "清徐精细化工循环产业园", 112.40, 37.56, false),
            new ChemPark("141122", "交城经济开发区化工园区", 112.21, 37.52, false),
            new ChemPark("141181", "孝义经济开发区梧桐化工园区", 111.73, 37.10, false),
            new ChemPark("140781", "介休经济开发区化工园区", 111.97, 37.00, false),
            new ChemPark("140729", "灵石经济开发区化工园区", 111.80, 36.88, false),
            new ChemPark("141024", "洪洞经济开发区赵城化工园区", 111.69, 36.36, false),
            new ChemPark("141081", "侯马经济开发区化工园区", 111.33, 35.60, false),
            new ChemPark("140825", "新绛经济开发区化工园区", 111.17, 35.62, false),
            new ChemPark("140882", "河津经济技术开发区化工园区", 110.62, 35.62, true),
            new ChemPark("141125", "柳林经济技术开发区化工园区", 110.72, 37.45, true),
            new ChemPark("140423", "襄垣经济技术开发区化工园区", 113.08, 36.50, false),
            new ChemPark("140481", "潞城经济技术开发区化工园区", 113.20, 36.36, false),
            new ChemPark("140424", "潞安煤基清洁能源化工园区", 112.93, 36.36, false),
            new ChemPark("140581", "高平经济技术开发区化工园区", 112.95, 35.83, false),
            new ChemPark("140522", "阳城经济技术开发区化工园区", 112.47, 35.50, false),
            new ChemPark("140725", "寿阳经济技术开发区化工园区", 113.14, 37.87, false),
            new ChemPark("140981", "原平经济技术开发区化工园区", 112.76, 38.70, false),
            new ChemPark("140624", "怀仁经济技术开发区化工园区", 113.13, 39.80, false),
            new ChemPark("140211", "大同经济技术开发区煤化工园区", 113.22, 40.00, false),
            new ChemPark("140181", "古交经济技术开发区化工园区", 112.22, 37.90, false));

    /** Coal-bearing counties and the coalfield each lies in. */
    static final Map<String, String> COAL_COUNTIES = coal(
            "大同煤田", "140203", "140211", "140212", "140226", "140623",
            "宁武煤田", "140602", "140603", "140925", "140927", "140624", "140621",
            "河东煤田", "140930", "140931", "140932", "141123", "141124", "141125", "141126", "141129", "141102", "141029", "141028",
            "西山煤田", "140181", "140109", "140108", "140110", "141122", "141121",
            "沁水煤田", "140302", "140303", "140311", "140321", "140322", "140725", "140724", "140723", "140722", "140721",
            "140429", "140430", "140431", "140423", "140424", "140421", "140481", "140428", "140581", "140525", "140521",
            "140522", "140502", "141026", "141025", "140702",
            "霍西煤田", "141082", "141034", "141033", "140729", "140781", "141181", "141130", "141024", "141031");

    /** Former coking or pesticide sites (illustrative, size = half side km). */
    static final List<Place> CLOSED_SITES = List.of(
            new Place("小店区原焦化企业关闭搬迁地块", 112.555, 37.760, 0.45),
            new Place("迎泽区原农药企业关闭搬迁地块", 112.585, 37.845, 0.30),
            new Place("尧都区原焦化企业关闭搬迁地块", 111.505, 36.110, 0.40),
            new Place("长治市郊区原焦化企业关闭搬迁地块", 113.080, 36.230, 0.40),
            new Place("介休市原焦化企业关闭搬迁地块", 111.935, 37.045, 0.35),
            new Place("孝义市原焦化企业关闭搬迁地块", 111.800, 37.160, 0.35),
            new Place("洪洞县原农药企业关闭搬迁地块", 111.690, 36.270, 0.30),
            new Place("阳泉市郊区原焦化企业关闭搬迁地块", 113.560, 37.905, 0.35),
            new Place("盐湖区原农药企业关闭搬迁地块", 111.020, 35.050, 0.30),
            new Place("晋城市城区原焦化企业关闭搬迁地块", 112.870, 35.515, 0.30));

    /** Saline-alkali land (centres of a few patches each; size = radius km). */
    static final List<Place> SALINE_ALKALI = List.of(
            new Place("山阴县桑干河盐碱地", 112.86, 39.55, 7), new Place("应县盐碱地", 113.12, 39.63, 7),
            new Place("怀仁市盐碱地", 113.03, 39.76, 5), new Place("大同县桑干河盐碱地", 113.45, 39.86, 5.5),
            new Place("朔城区盐碱地", 112.56, 39.41, 4.5), new Place("运城盐湖周边盐碱地", 111.00, 35.005, 6),
            new Place("永济市伍姓湖盐碱地", 110.57, 34.90, 3.5));

    /** Joint air-pollution control areas of policy §四(九), by county name (names unique within the lists). */
    static final Map<String, List<String>> JOINT_AIR = jointAir();

    /** Counties along the Yellow River (the province's western and southern border). */
    static final Set<String> YELLOW_RIVER_COUNTIES = Set.of(
            "140932", "140930", "140931", "141123", "141124", "141125", "141126", "141032", "141030", "141028", "141029",
            "140882", "140822", "140821", "140881", "140830", "140829", "140828", "140827");

    /** The Yellow River's course along the border: from near 老牛湾 (偏关) to where it leaves 垣曲. */
    static final double[] YELLOW_RIVER_START = {111.44, 39.65};
    static final double[] YELLOW_RIVER_END = {112.06, 35.05};

    /** Taiyuan basin axis with half-widths (km) per vertex. */
    static final double[][] TAIYUAN_BASIN_AXIS = {
        {112.57, 38.03}, {112.55, 37.88}, {112.50, 37.72}, {112.36, 37.52}, {112.17, 37.33}, {111.97, 37.15}, {111.83, 37.03}};
    static final double[] TAIYUAN_BASIN_HALF_WIDTH = {5, 9, 17, 24, 24, 18, 9};

    /** Linfen basin (lower Fen valley) axis with half-widths (km). */
    static final double[][] LINFEN_BASIN_AXIS = {
        {111.78, 36.88}, {111.72, 36.62}, {111.67, 36.35}, {111.55, 36.10}, {111.43, 35.85}, {111.33, 35.65},
        {111.10, 35.60}, {110.85, 35.56}, {110.55, 35.49}};
    static final double[] LINFEN_BASIN_HALF_WIDTH = {3, 6, 12, 16, 16, 14, 14, 12, 8};

    private static Map<String, double[]> seats(Object... v) {
        Map<String, double[]> m = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i += 3) m.put((String) v[i], new double[] {(Double) v[i + 1], (Double) v[i + 2]});
        return Map.copyOf(m);
    }

    private static Map<String, String> coal(String... v) {
        Map<String, String> m = new LinkedHashMap<>();
        String field = null;
        for (String s : v) {
            if (s.endsWith("煤田")) field = s;
            else m.put(s, field);
        }
        return Map.copyOf(m);
    }

    private static Map<String, List<String>> jointAir() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("清徐-交城片区", List.of("140121", "141122"));
        m.put("平遥-介休-孝义片区", List.of("140728", "140781", "141181"));
        m.put("新绛-稷山-河津-闻喜-曲沃-侯马片区", List.of("140825", "140824", "140882", "140823", "141021", "141081"));
        return java.util.Collections.unmodifiableMap(m);
    }
}
