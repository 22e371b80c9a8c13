package org.ecozoning.assist.text;

/**
 * Reads the numbers project texts and clauses write: Arabic digits with decimals and thousands
 * separators ("1,200.5") or Chinese numerals ("三十", "一百二十", "两千"). Multipliers 万 and 亿
 * are units of their own and handled by the callers, so "三十万" is read as 30 followed by 万.
 */
public final class ChineseNumbers {
    /** Characters a Chinese numeral may consist of (without 万/亿). */
    public static final String CN_DIGITS = "零〇一二两三四五六七八九十百千";

    private ChineseNumbers() { }

    /** The value of {@code s}, or NaN when it is not a number. */
    public static double parse(String s) {
        if (s == null || s.isEmpty()) return Double.NaN;
        char c0 = s.charAt(0);
        if (c0 >= '0' && c0 <= '9') {
            try {
                return Double.parseDouble(s.replace(",", ""));
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return parseChinese(s);
    }

    private static double parseChinese(String s) {
        long total = 0, section = 0;
        int digit = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digitOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (unit < 0) return Double.NaN;
            section += (digit < 0 ? 1 : digit) * (long) unit;
            digit = -1;
        }
        if (digit >= 0) section += digit;
        total += section;
        return total;
    }

    private static int digitOf(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
