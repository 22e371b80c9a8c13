package org.ecozoning.assist.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quantities that access rules test in normalised text and converts their units:
 * installed capacity (万千瓦, kW, MW, GW → MW; "2×660MW" → 1320 MW total and 660 MW per unit),
 * annual output by weight (吨, 万吨, t/a → 万吨/年), capacity added (新增产能), land and floor
 * area (亩, 公顷, 平方米, 平方公里 → m²), boiler capacity (蒸吨/小时 → t/h) and wastewater
 * discharged (吨/日, m³/d → t/d). Energy units (kWh, 万千瓦时) are not capacities and are skipped.
 * Stateless and thread-safe.
 */
public final class QuantityReader {
    private static final String NUM = "(\\d+(?:,\\d{3})*(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)";
    private static final String MULT = "\\s*(万|亿)?\\s*";
    private static final String POWER_UNIT = "(千瓦|兆瓦|吉瓦|kw|mw|gw)p?(?!\\s*(?:时|h|·h|小时))";
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern MULTI_UNIT = Pattern.compile(
            "(\\d+|[一二两三四五六七八九十]+)\\s*(?:台|套|×|x|\\*)\\s*" + NUM + MULT + POWER_UNIT, F);
    private static final Pattern CAPACITY = Pattern.compile(NUM + MULT + POWER_UNIT, F);
    private static final Pattern INCREASE = Pattern.compile(
            "新增(?:产能|生产能力|能力)?(?:约|为)?\\s*" + NUM + MULT + "(吨|t)", F);
    private static final Pattern NO_INCREASE = Pattern.compile("(?:不新增|不增加|无新增)(?:产能|生产能力)");
    private static final Pattern OUTPUT_PREFIXED = Pattern.compile(
            "(?:年产|年处理|年加工|年生产|年产能|年设计产能|设计产能|产能|生产能力|年吞吐|年转运|年周转|年处置|年利用|年消纳)(?:量)?(?:约|为|达|达到)?\\s*"
                    + NUM + MULT + "(吨|t)", F);
    private static final Pattern OUTPUT_RATE = Pattern.compile(NUM + MULT + "(吨|t)\\s*(?:/|每)\\s*(?:年|a)", F);
    private static final Pattern OUTPUT_BARE = Pattern.compile(NUM + "\\s*(万|亿)\\s*(吨|t)(?![/每]?\\s*(?:日|天|d|时|h|小时))", F);
    private static final Pattern AREA = Pattern.compile(NUM + MULT + "(平方公里|平方千米|km2|公顷|hm2|亩|平方米|平米|m2)", F);
    private static final Pattern BOILER = Pattern.compile(NUM + MULT + "(蒸吨/小时|蒸吨/时|蒸吨|t/h)", F);
    private static final Pattern WASTEWATER = Pattern.compile(
            "(?:废水|外排|排放)[^,;。,;]{0,8}?" + NUM + MULT + "(吨/日|吨/天|t/d|m3/d|立方米/日|立方米/天|方/日|方/天)", F);

    /** All quantities in {@code normalized} (see {@link TextNormalizer}), in text order, without overlaps. */
    public List<Quantity> read(String normalized) {
        List<Quantity> found = new ArrayList<>();
        multiUnit(normalized, found);
        capacity(normalized, found);
        noIncrease(normalized, found);
        increase(normalized, found);
        output(OUTPUT_PREFIXED, normalized, found);
        output(OUTPUT_RATE, normalized, found);
        outputBare(normalized, found);
        area(normalized, found);
        boiler(normalized, found);
        wastewater(normalized, found);
        found.sort(Comparator.comparingInt(Quantity::start));
        return List.copyOf(found);
    }

    private static void multiUnit(String t, List<Quantity> out) {
        Matcher m = MULTI_UNIT.matcher(t);
        while (m.find()) {
            double n = ChineseNumbers.parse(m.group(1));
            double each = power(m.group(2), m.group(3), m.group(4));
            if (Double.isNaN(n) || Double.isNaN(each) || n <= 0) continue;
            if (overlaps(out, m.start(), m.end())) continue;
            out.add(new Quantity(AssistAttributes.CAPACITY_MW, n * each, "MW", m.group(), m.start(), m.end()));
            out.add(new Quantity(AssistAttributes.UNIT_CAPACITY_MW, each, "MW", m.group(), m.start(), m.end()));
        }
    }

    private static void capacity(String t, List<Quantity> out) {
        Matcher m = CAPACITY.matcher(t);
        while (m.find()) {
            double v = power(m.group(1), m.group(2), m.group(3));
            if (Double.isNaN(v) || overlaps(out, m.start(), m.end())) continue;
            out.add(new Quantity(AssistAttributes.CAPACITY_MW, v, "MW", m.group(), m.start(), m.end()));
        }
    }

    private static double power(String num, String mult, String unit) {
        double v = ChineseNumbers.parse(num);
        if (Double.isNaN(v)) return v;
        v *= multiplier(mult);
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "千瓦", "kw" -> v / 1000.0;
            case "兆瓦", "mw" -> v;
            case "吉瓦", "gw" -> v * 1000.0;
            default -> Double.NaN;
        };
    }

    private static void noIncrease(String t, List<Quantity> out) {
        Matcher m = NO_INCREASE.matcher(t);
        while (m.find()) out.add(new Quantity(AssistAttributes.CAPACITY_INCREASE, 0, "万吨/年", m.group(), m.start(), m.end()));
    }

    private static void increase(String t, List<Quantity> out) {
        Matcher m = INCREASE.matcher(t);
        while (m.find()) {
            double v = tonnes(m.group(1), m.group(2));
            if (Double.isNaN(v) || overlaps(out, m.start(), m.end())) continue;
            out.add(new Quantity(AssistAttributes.CAPACITY_INCREASE, v, "万吨/年", m.group(), m.start(), m.end()));
        }
    }

    private static void output(Pattern p, String t, List<Quantity> out) {
        Matcher m = p.matcher(t);
        while (m.find()) {
            double v = tonnes(m.group(1), m.group(2));
            if (Double.isNaN(v) || overlaps(out, m.start(), m.end())) continue;
            out.add(new Quantity(AssistAttributes.ANNUAL_OUTPUT, v, "万吨/年", m.group(), m.start(), m.end()));
        }
    }

    private static void outputBare(String t, List<Quantity> out) {
        Matcher m = OUTPUT_BARE.matcher(t);
        while (m.find()) {
            String before = t.substring(Math.max(0, m.start() - 4), m.start());
            if (before.contains("储") || before.contains("库容") || before.contains("堆存") || before.contains("存量")) continue;
            double v = tonnes(m.group(1), m.group(2));
            if (Double.isNaN(v) || overlaps(out, m.start(), m.end())) continue;
            out.add(new Quantity(AssistAttributes.ANNUAL_OUTPUT, v, "万吨/年", m.group(), m.start(), m.end()));
        }
    }

    /** Tonnes (with an optional 万/亿) as 万吨. */
    private static double tonnes(String num, String mult) {
        double v = ChineseNumbers.parse(num);
        return Double.isNaN(v) ? v : v * multiplier(mult) / 10_000.0;
    }

    private static void area(String t, List<Quantity> out) {
        Matcher m = AREA.matcher(t);
        while (m.find()) {
            double v = ChineseNumbers.parse(m.group(1));
            if (Double.isNaN(v) || overlaps(out, m.start(), m.end())) continue;
            v *= multiplier(m.group(2));
            v *= switch (m.group(3).toLowerCase(Locale.ROOT)) {
                case "平方公里", "平方千米", "km2" -> 1_000_000.0;
                case "公顷", "hm2" -> 10_000.0;
                case "亩" -> 10_000.0 / 15.0;
                default -> 1.0;
            };
            String before = t.substring(Math.max(0, m.start() - 8), m.start());
            String attr = before.contains("建筑面积") ? AssistAttributes.FLOOR_AREA_M2 : AssistAttributes.AREA_M2;
            out.add(new Quantity(attr, v, "m²", m.group(), m.start(), m.end()));
        }
    }

    private static void boiler(String t, List<Quantity> out) {
        Matcher m = BOILER.matcher(t);
        while (m.find()) {
            double v = ChineseNumbers.parse(m.group(1));
            if (Double.isNaN(v) || overlaps(out, m.start(), m.end())) continue;
            out.add(new Quantity(AssistAttributes.BOILER_TPH, v * multiplier(m.group(2)), "t/h", m.group(), m.start(), m.end()));
        }
    }

    private static void wastewater(String t, List<Quantity> out) {
        Matcher m = WASTEWATER.matcher(t);
        while (m.find()) {
            double v = ChineseNumbers.parse(m.group(1));
            int s = m.start(1);
            if (Double.isNaN(v) || overlaps(out, s, m.end())) continue;
            out.add(new Quantity(AssistAttributes.WASTEWATER_TPD, v * multiplier(m.group(2)), "t/d", t.substring(s, m.end()), s, m.end()));
        }
    }

    private static double multiplier(String mult) {
        if (mult == null) return 1;
        return switch (mult) {
            case "万" -> 10_000.0;
            case "亿" -> 100_000_000.0;
            default -> 1;
        };
    }

    private static boolean overlaps(List<Quantity> qs, int start, int end) {
        for (Quantity q : qs) if (start < q.end() && q.start() < end) return true;
        return false;
    }
}
