package org.ecozoning.tracking.units;

import org.ecozoning.model.ControlUnit;

/**
 * The yearly figures of one control unit: PM2.5 mean and water class with their attainment, and
 * the assessments made there. A unit without its own station takes its county's figure; the
 * {@code basis} says which ("UNIT", "COUNTY"; null when neither has one). Rates are null when no
 * assessment touched the unit that year.
 */
public record UnitYear(int year, ControlUnit unit, Double pm25, String pm25Basis, Boolean pm25Attained, Integer waterClass, String waterBasis,
        Boolean waterAttained, int assessments, int prohibited, int restricted) {

    /** Share of this unit-year's assessments with verdict PROHIBITED, or null without assessments. */
    public Double prohibitedRate() { return assessments == 0 ? null : (double) prohibited / assessments; }

    /** Share with verdict RESTRICTED, or null without assessments. */
    public Double restrictedRate() { return assessments == 0 ? null : (double) restricted / assessments; }
}
