package org.ecozoning.assist.text;

import java.util.Objects;

/**
 * A quantity read from text, normalised to the unit of its attribute: {@code 20万千瓦} becomes
 * capacityMW = 200, {@code 300亩} becomes areaM2 = 200000. {@code text} is the matched words and
 * {@code start}/{@code end} their offsets in the normalised text.
 */
public record Quantity(String attribute, double value, String unit, String text, int start, int end) {
    public Quantity {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(text, "text");
    }

    /** "capacityMW = 200 MW (20万千瓦)". */
    public String describe() {
        return attribute + " = " + format(value) + " " + unit + " (" + text + ")";
    }

    /** A number without a trailing ".0" and with at most 4 decimals. */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        String s = String.format(java.util.Locale.ROOT, "%.4f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
