package org.ecozoning.tracking.monitoring;

import java.util.Locale;
import java.util.Optional;

/**
 * The monitored environmental-quality indicators the tracking evaluation follows, with their
 * canonical unit, the names found in monitoring exports, and how a year of readings becomes one
 * figure ({@link Aggregation}). Lower is better for all of them (a water-quality class is coded
 * 1 = Ⅰ … 5 = Ⅴ, 6 = 劣Ⅴ).
 */
public enum Indicator {
    PM25("PM2.5", "细颗粒物", Medium.AIR, "µg/m³", Aggregation.MEAN),
    PM10("PM10", "可吸入颗粒物", Medium.AIR, "µg/m³", Aggregation.MEAN),
    O3("O3", "臭氧", Medium.AIR, "µg/m³", Aggregation.P90),
    COD("COD", "化学需氧量", Medium.WATER, "mg/L", Aggregation.MEAN),
    NH3N("NH3-N", "氨氮", Medium.WATER, "mg/L", Aggregation.MEAN),
    WATER_CLASS("水质类别", "水质类别", Medium.WATER, "类", Aggregation.CLASS_OF_MEAN);

    /** Air (stations) or surface water (river sections). */
    public enum Medium { AIR, WATER }

    /**
     * How a year of readings at one place becomes one figure: the arithmetic mean; the 90th
     * percentile (nearest rank, as for O3 in HJ 663); or, for water classes, the class of the mean
     * rounded up (a section is as good as its average, never better).
     */
    public enum Aggregation { MEAN, P90, CLASS_OF_MEAN }

    private final String code;
    private final String nameZh;
    private final Medium medium;
    private final String unit;
    private final Aggregation aggregation;

    Indicator(String code, String nameZh, Medium medium, String unit, Aggregation aggregation) {
        this.code = code;
        this.nameZh = nameZh;
        this.medium = medium;
        this.unit = unit;
        this.aggregation = aggregation;
    }

    /** The code as written in files and reports, e.g. "PM2.5", "NH3-N". */
    public String code() { return code; }

    public String nameZh() { return nameZh; }

    public Medium medium() { return medium; }

    /** The canonical unit readings are converted to. */
    public String unit() { return unit; }

    public Aggregation aggregation() { return aggregation; }

    /** Parses the names used in monitoring exports (case and spacing ignored), e.g. "pm2.5", "PM25", "氨氮", "NH3N". */
    public static Optional<Indicator> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip().toUpperCase(Locale.ROOT).replace(" ", "").replace("₂", "2").replace("₃", "3").replace("．", ".");
        return Optional.ofNullable(switch (t) {
            case "PM2.5", "PM25", "PM_2.5", "细颗粒物" -> PM25;
            case "PM10", "可吸入颗粒物" -> PM10;
            case "O3", "臭氧", "O3-8H", "O3_8H" -> O3;
            case "COD", "CODCR", "化学需氧量" -> COD;
            case "NH3-N", "NH3N", "NH3_N", "氨氮" -> NH3N;
            case "水质类别", "WATER_CLASS", "WQ_CLASS", "CLASS", "水质" -> WATER_CLASS;
            default -> null;
        });
    }

    /** The Chinese label of a water-quality class code 1..6 (Ⅰ…Ⅴ, 劣Ⅴ). */
    public static String classLabel(int c) {
        return switch (c) {
            case 1 -> "Ⅰ类";
            case 2 -> "Ⅱ类";
            case 3 -> "Ⅲ类";
            case 4 -> "Ⅳ类";
            case 5 -> "Ⅴ类";
            case 6 -> "劣Ⅴ类";
            default -> throw new IllegalArgumentException("水质类别须为 1..6 / water class must be 1..6, got " + c);
        };
    }
}
