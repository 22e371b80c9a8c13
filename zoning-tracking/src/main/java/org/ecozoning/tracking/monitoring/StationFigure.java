package org.ecozoning.tracking.monitoring;

/** The yearly figure of one indicator at one station, where the station lies, and its target. */
public record StationFigure(int year, Indicator indicator, Station station, Place place, int readings, double value, Target target, Boolean attained) { }
