package org.ecozoning.tracking.monitoring;

import java.util.Objects;

/**
 * An environmental-quality target (目标) for one scope and indicator: the yearly figure must not
 * exceed {@code limit} (in the indicator's unit; a water class: 3 = Ⅲ类 or better).
 *
 * @param year the year it applies to, or null for every year without a year-specific target
 * @param basis where the target comes from, e.g. "GB 3095-2012 二级"
 */
public record Target(ScopeLevel level, String code, Indicator indicator, Integer year, double limit, String basis) {
    public Target {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(indicator, "indicator");
        if (!Double.isFinite(limit) || limit < 0) throw new IllegalArgumentException("目标值须为非负数 / target limit must be a non-negative number");
    }

    /** The target as a short Chinese text, e.g. "≤ 35 µg/m³" or "Ⅲ类及以上". */
    public String describeZh() {
        if (indicator == Indicator.WATER_CLASS) return Indicator.classLabel((int) limit) + "及以上";
        return "≤ " + Figures.number(limit) + " " + indicator.unit();
    }
}
