package org.ecozoning.tracking.monitoring;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One accepted monitoring value, converted to the indicator's canonical unit.
 *
 * @param line the line of the source file it came from (1 = header), 0 when generated
 */
public record Reading(Station station, LocalDate date, Indicator indicator, double value, int line) {
    public Reading {
        Objects.requireNonNull(station, "station");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(indicator, "indicator");
    }
}
