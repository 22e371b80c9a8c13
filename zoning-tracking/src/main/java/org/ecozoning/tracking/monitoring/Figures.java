package org.ecozoning.tracking.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting shared by statistics and reports, so that a report prints exactly the figures computed. */
public final class Figures {
    private Figures() { }

    /** Rounds half-up to {@code digits} decimals. */
    public static double round(double v, int digits) {
        if (!Double.isFinite(v)) return v;
        return BigDecimal.valueOf(v).setScale(digits, RoundingMode.HALF_UP).doubleValue();
    }

    /** At most one decimal, no trailing ".0". */
    public static String number(double v) {
        double r = round(v, 1);
        if (r == Math.rint(r)) return Long.toString((long) r);
        return BigDecimal.valueOf(r).stripTrailingZeros().toPlainString();
    }

    /** A share 0..1 as a percentage with one decimal, e.g. "87.5%". */
    public static String percent(double share) {
        return BigDecimal.valueOf(round(share * 100, 1)).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
