package org.ecozoning.assist.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ecozoning.rules.AttributeSpec;

/**
 * The numeric project attributes the assist module reads from text, with the names, labels and
 * units rules use for them. The first three are declared in the shipped rule file; a rule proposal
 * that needs one of the others lists its declaration so the reviewer can add it.
 */
public final class AssistAttributes {
    /** Installed capacity, MW (装机容量). */
    public static final String CAPACITY_MW = "capacityMW";
    /** Per-unit capacity of a multi-unit plant ("2×660MW": 660), MW (单机容量). */
    public static final String UNIT_CAPACITY_MW = "unitCapacityMW";
    /** Capacity added by the project, 万吨/年 (新增产能). */
    public static final String CAPACITY_INCREASE = "capacityIncrease";
    /** Annual output or throughput by weight, 万吨/年 (年产量/年处理量). */
    public static final String ANNUAL_OUTPUT = "annualOutput";
    /** Land area, m² (占地面积). */
    public static final String AREA_M2 = "areaM2";
    /** Floor area, m² (建筑面积). */
    public static final String FLOOR_AREA_M2 = "floorAreaM2";
    /** Boiler capacity, t/h (蒸吨/小时). */
    public static final String BOILER_TPH = "boilerTph";
    /** Wastewater discharged, t/d (废水外排量). */
    public static final String WASTEWATER_TPD = "wastewaterTPD";

    private static final Map<String, AttributeSpec> SPECS = new LinkedHashMap<>();

    static {
        put(new AttributeSpec(CAPACITY_MW, "装机容量", "installed capacity", "MW"));
        put(new AttributeSpec(UNIT_CAPACITY_MW, "单机容量", "capacity per unit", "MW"));
        put(new AttributeSpec(CAPACITY_INCREASE, "新增产能", "capacity added", "万吨/年"));
        put(new AttributeSpec(ANNUAL_OUTPUT, "年产量（年处理量）", "annual output or throughput", "万吨/年"));
        put(new AttributeSpec(AREA_M2, "占地面积", "land area", "m²"));
        put(new AttributeSpec(FLOOR_AREA_M2, "建筑面积", "floor area", "m²"));
        put(new AttributeSpec(BOILER_TPH, "锅炉容量", "boiler capacity", "t/h"));
        put(new AttributeSpec(WASTEWATER_TPD, "废水外排量", "wastewater discharged", "t/d"));
    }

    private AssistAttributes() { }

    private static void put(AttributeSpec s) { SPECS.put(s.name(), s); }

    /** Every attribute the module knows, in a stable order. */
    public static Map<String, AttributeSpec> all() { return java.util.Collections.unmodifiableMap(SPECS); }

    /** The declaration of {@code name}, if the module knows it. */
    public static Optional<AttributeSpec> spec(String name) { return Optional.ofNullable(SPECS.get(name)); }
}
