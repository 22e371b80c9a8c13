package org.ecozoning.model;

import java.util.regex.Pattern;

/**
 * A control-unit code in the national pattern {@code ZH} + 6-digit administrative code + class
 * digit + 4-digit sequence, e.g. {@code ZH14010520003}. Construction validates; an invalid code
 * never exists as a value.
 */
public record UnitCode(String value) {
    private static final Pattern PATTERN = Pattern.compile("ZH(\\d{6})([123])(\\d{4})");

    public UnitCode {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "单元编码格式错误，应为 ZH+6位行政区划代码+类别位+4位序号 / malformed unit code (expected ZH + 6-digit admin code + class digit + 4-digit sequence): "
                            + value);
        }
    }

    /** Whether {@code value} is a well-formed unit code. */
    public static boolean isValid(String value) {
        return value != null && PATTERN.matcher(value).matches();
    }

    /** Builds the code of the {@code sequence}-th unit of a class in an administrative division. */
    public static UnitCode of(String adminCode, UnitClass unitClass, int sequence) {
        if (sequence < 1 || sequence > 9999) {
            throw new IllegalArgumentException("sequence must be 1..9999, got " + sequence);
        }
        return new UnitCode("ZH" + adminCode + unitClass.digit() + String.format("%04d", sequence));
    }

    /** The 6-digit administrative division code embedded in the unit code. */
    public String adminCode() { return value.substring(2, 8); }

    /** The class the code itself declares. */
    public UnitClass unitClass() { return UnitClass.ofDigit(value.charAt(8) - '0'); }

    @Override
    public String toString() { return value; }
}
