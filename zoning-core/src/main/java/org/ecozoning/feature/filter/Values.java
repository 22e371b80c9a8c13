package org.ecozoning.feature.filter;

import java.math.BigDecimal;

/**
 * Comparison of filter values the way OGC filters expect: numerically when both sides read as
 * numbers (a string literal "3" equals the number 3), otherwise as strings.
 */
final class Values {
    private Values() { }

    static Integer compare(Object a, Object b, boolean matchCase) {
        if (a == null || b == null) return null;
        BigDecimal na = number(a), nb = number(b);
        if (na != null && nb != null) return na.compareTo(nb);
        if (a instanceof Boolean || b instanceof Boolean) {
            return String.valueOf(a).equalsIgnoreCase(String.valueOf(b)) ? 0 : 1;
        }
        String sa = a.toString(), sb = b.toString();
        return matchCase ? sa.compareTo(sb) : sa.compareToIgnoreCase(sb);
    }

    static BigDecimal number(Object v) {
        if (v instanceof BigDecimal d) return d;
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        if (v instanceof String s && !s.isEmpty() && s.length() < 40) {
            char c = s.charAt(0);
            if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') {
                try {
                    return new BigDecimal(s.trim());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
