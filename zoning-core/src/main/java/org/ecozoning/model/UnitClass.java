package org.ecozoning.model;

/**
 * The three classes of environmental control unit (环境管控单元类别). The order is the order of
 * strictness, strictest first; the digit is the class digit of the national unit code and the
 * {@code ZHGKDYFL} value of the national result-data convention.
 */
public enum UnitClass {
    PRIORITY_PROTECTION(1, "优先保护单元", "Priority protection unit"),
    KEY_CONTROL(2, "重点管控单元", "Key control unit"),
    GENERAL_CONTROL(3, "一般管控单元", "General control unit");

    private final int digit;
    private final String labelZh;
    private final String labelEn;

    UnitClass(int digit, String labelZh, String labelEn) {
        this.digit = digit;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** The class digit used in unit codes and in the {@code ZHGKDYFL} field (1, 2 or 3). */
    public int digit() { return digit; }

    public String labelZh() { return labelZh; }

    public String labelEn() { return labelEn; }

    /** The class for a code digit, or an exception naming the bad value. */
    public static UnitClass ofDigit(int digit) {
        for (UnitClass c : values()) {
            if (c.digit == digit) return c;
        }
        throw new IllegalArgumentException("管控单元类别必须是 1、2 或 3 / unit class digit must be 1, 2 or 3, got " + digit);
    }
}
