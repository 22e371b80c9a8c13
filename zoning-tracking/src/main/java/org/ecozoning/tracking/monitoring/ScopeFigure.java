package org.ecozoning.tracking.monitoring;

/**
 * One yearly figure of one indicator for one scope: the mean of the yearly figures of the
 * stations in it (water classes: rounded up to a class), how many stations and readings it rests
 * on, the target that applies and whether it was met; {@code stationsAttaining} counts the
 * stations whose own yearly figure meets their target.
 *
 * @param target   null when no target applies
 * @param attained null when no target applies
 */
public record ScopeFigure(int year, Indicator indicator, ScopeLevel level, String code, String name, int stations, int readings, double value,
        Target target, Boolean attained, int stationsAttaining) {

    /** The value as printed in reports (one decimal; a water class as its label). */
    public String valueText() {
        return indicator == Indicator.WATER_CLASS ? Indicator.classLabel((int) value) : Figures.number(value);
    }
}
