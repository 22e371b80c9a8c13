package org.ecozoning.tracking.report;

import org.ecozoning.tracking.monitoring.Indicator;
import org.ecozoning.tracking.monitoring.ScopeFigure;

/**
 * One indicator of one year at province level for the reports: the province figure and its
 * target, and how many cities and stations met their targets.
 */
public record IndicatorLine(int year, Indicator indicator, ScopeFigure province, int cities, int citiesAttaining, int stations, int stationsAttaining) {
    /** Share of cities with a target that met it (0 when none). */
    public double cityAttainmentRate() { return cities == 0 ? 0 : (double) citiesAttaining / cities; }

    public double stationAttainmentRate() { return stations == 0 ? 0 : (double) stationsAttaining / stations; }
}
