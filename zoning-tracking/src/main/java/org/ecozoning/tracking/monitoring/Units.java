package org.ecozoning.tracking.monitoring;

import java.util.Locale;

/**
 * Converts a value given with a unit to the indicator's canonical unit: air concentrations in
 * µg/m³ (mg/m³ ×1000), water concentrations in mg/L (µg/L ÷1000), water classes as 1..6 (Ⅰ…Ⅴ, 劣Ⅴ,
 * Roman or Arabic). Returns null for anything else, including negative concentrations.
 */
final class Units {
    private Units() { }

    static Double toCanonical(Indicator ind, String valueText, String unitText) {
        String u = unitText == null ? "" : unitText.strip().toLowerCase(Locale.ROOT).replace("μ", "µ").replace("³", "3").replace(" ", "");
        if (ind == Indicator.WATER_CLASS) {
            if (!(u.isEmpty() || u.equals("类") || u.equals("class") || u.equals("级"))) return null;
            Integer c = waterClass(valueText);
            return c == null ? null : c.doubleValue();
        }
        double v;
        try {
            v = Double.parseDouble(valueText.strip());
        } catch (NumberFormatException e) {
            return null;
        }
        if (!Double.isFinite(v) || v < 0) return null;
        if (ind.medium() == Indicator.Medium.AIR) {
            return switch (u) {
                case "µg/m3", "ug/m3", "微克/立方米" -> v;
                case "mg/m3", "毫克/立方米" -> v * 1000;
                default -> null;
            };
        }
        return switch (u) {
            case "mg/l", "毫克/升" -> v;
            case "µg/l", "ug/l", "微克/升" -> v / 1000;
            default -> null;
        };
    }

    static Integer waterClass(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT).replace("类", "").replace("CLASS", "").strip();
        return switch (t) {
            case "1", "I", "Ⅰ" -> 1;
            case "2", "II", "Ⅱ" -> 2;
            case "3", "III", "Ⅲ" -> 3;
            case "4", "IV", "Ⅳ" -> 4;
            case "5", "V", "Ⅴ" -> 5;
            case "6", "劣V", "劣Ⅴ", "劣5" -> 6;
            default -> null;
        };
    }
}
