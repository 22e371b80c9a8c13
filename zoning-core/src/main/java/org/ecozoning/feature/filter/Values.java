package org.ecozoning.feature.filter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Comparison of filter values the way OGC filters and SQL sources agree on: numerically when
 * both sides are numbers or one is a number and the other a numeric string (a literal "3" equals
 * the number 3); dates against ISO strings as dates; booleans against "true"/"false"; anything
 * else as strings (two strings are never compared as numbers, as a text column in SQL is not).
 */
final class Values {
    private Values() { }

    /**
     * Orders two values: negative, zero or positive; null when either is null or they cannot be
     * ordered against each other (a boolean against a non-boolean string).
     */
    static Integer compare(Object a, Object b, boolean matchCase) {
        if (a == null || b == null) return null;
        if (a instanceof Number || b instanceof Number) {
            BigDecimal na = number(a), nb = number(b);
            if (na != null && nb != null) return na.compareTo(nb);
        }
        if (a instanceof Boolean || b instanceof Boolean) {
            Boolean ba = bool(a), bb = bool(b);
            return ba == null || bb == null ? null : Boolean.compare(ba, bb);
        }
        if (a instanceof LocalDate || b instanceof LocalDate) {
            LocalDate da = date(a), db = date(b);
            if (da != null && db != null) return da.compareTo(db);
        }
        if (a instanceof Instant || b instanceof Instant) {
            Instant ia = instant(a), ib = instant(b);
            if (ia != null && ib != null) return ia.compareTo(ib);
        }
        String sa = a.toString(), sb = b.toString();
        return matchCase ? sa.compareTo(sb) : sa.compareToIgnoreCase(sb);
    }

    static BigDecimal number(Object v) {
        if (v instanceof BigDecimal d) return d;
        if (v instanceof java.math.BigInteger i) return new BigDecimal(i);
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        if (v instanceof String s) {
            String t = s.trim();
            if (t.isEmpty() || t.length() >= 40) return null;
            char c = t.charAt(0);
            if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') {
                try {
                    return new BigDecimal(t);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static Boolean bool(Object v) {
        if (v instanceof Boolean b) return b;
        String s = v.toString().trim();
        if (s.equalsIgnoreCase("true") || s.equals("1")) return Boolean.TRUE;
        if (s.equalsIgnoreCase("false") || s.equals("0")) return Boolean.FALSE;
        return null;
    }

    private static LocalDate date(Object v) {
        if (v instanceof LocalDate d) return d;
        if (v instanceof String s) {
            try {
                return LocalDate.parse(s.trim().length() > 10 ? s.trim().substring(0, 10) : s.trim());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static Instant instant(Object v) {
        if (v instanceof Instant i) return i;
        if (v instanceof LocalDate d) return d.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        if (v instanceof String s) {
            String t = s.trim();
            try {
                return Instant.parse(t);
            } catch (DateTimeParseException e) {
                try {
                    return java.time.OffsetDateTime.parse(t).toInstant();
                } catch (DateTimeParseException e2) {
                    LocalDate d = date(t);
                    return t.length() == 10 && d != null ? d.atStartOfDay(java.time.ZoneOffset.UTC).toInstant() : null;
                }
            }
        }
        return null;
    }
}
