package org.ecozoning.ogc.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A time instant or interval as OGC API clients send it in the {@code datetime} parameter (OGC
 * API – Features Part 1, 7.15.4): an RFC 3339 date-time ({@code 2024-05-01T00:00:00Z}), a date
 * ({@code 2024-05-01}, the whole day), or an interval {@code start/end} where either end may be
 * open ({@code ..} or empty). Kept protocol-neutral so services and the scheme-version hook
 * ({@link VersionSelector}) share it.
 *
 * @param start the first instant, or null when open at the start
 * @param end the last instant (inclusive), or null when open at the end
 */
public record DateTimeInterval(Instant start, Instant end) {
    public DateTimeInterval {
        if (start != null && end != null && start.isAfter(end)) {
            throw new IllegalArgumentException("起始时间晚于结束时间 / the start is after the end");
        }
    }

    /** An unbounded interval. */
    public static final DateTimeInterval ALL = new DateTimeInterval(null, null);

    /** Whether this is a single instant (start equals end). */
    public boolean isInstant() { return start != null && start.equals(end); }

    /** Whether an instant lies in this interval (ends included). */
    public boolean contains(Instant t) {
        return (start == null || !t.isBefore(start)) && (end == null || !t.isAfter(end));
    }

    /** Whether this interval and {@code [from, to]} overlap (null ends are open). */
    public boolean intersects(Instant from, Instant to) {
        return (start == null || to == null || !to.isBefore(start)) && (end == null || from == null || !from.isAfter(end));
    }

    /**
     * Parses the {@code datetime} parameter.
     *
     * @throws IllegalArgumentException with a bilingual message ("中文 / English") when malformed
     */
    public static DateTimeInterval parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("日期时间为空 / empty date-time");
        String t = text.trim();
        int slash = t.indexOf('/');
        if (slash < 0) {
            if (t.equals("..")) throw new IllegalArgumentException("单个时刻不能是 .. / a single instant cannot be '..'");
            if (isDate(t)) {
                LocalDate d = date(t);
                return new DateTimeInterval(d.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1));
            }
            Instant i = instant(t);
            return new DateTimeInterval(i, i);
        }
        if (t.indexOf('/', slash + 1) >= 0) throw new IllegalArgumentException("区间只能有一个 / / an interval has exactly one '/': " + t);
        String a = t.substring(0, slash).trim(), b = t.substring(slash + 1).trim();
        Instant start = open(a) ? null : isDate(a) ? date(a).atStartOfDay(ZoneOffset.UTC).toInstant() : instant(a);
        Instant end = open(b) ? null : isDate(b) ? date(b).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1) : instant(b);
        if (start != null && end != null && start.isAfter(end)) {
            throw new IllegalArgumentException("起始时间晚于结束时间：" + t + " / the start is after the end: " + t);
        }
        return new DateTimeInterval(start, end);
    }

    private static boolean open(String s) { return s.isEmpty() || s.equals(".."); }

    private static boolean isDate(String s) { return s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-'; }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("日期格式错误：" + s + "（应为 YYYY-MM-DD） / malformed date " + s + " (expected YYYY-MM-DD)");
        }
    }

    private static Instant instant(String s) {
        try {
            return OffsetDateTime.parse(s.replace('z', 'Z').replace('t', 'T')).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("日期时间格式错误：" + s + "（应为 RFC 3339，如 2024-05-01T00:00:00Z） / malformed date-time "
                    + s + " (expected RFC 3339, e.g. 2024-05-01T00:00:00Z)");
        }
    }

    /** The interval in the parameter's own syntax ({@code start/end} with {@code ..} for open ends). */
    @Override
    public String toString() {
        if (isInstant()) return start.toString();
        return (start == null ? ".." : start.toString()) + "/" + (end == null ? ".." : end.toString());
    }
}
