package org.ecozoning.industry;

/** The four levels of GB/T 4754-2017, from the section letter down to the 4-digit class. */
public enum IndustryLevel {
    SECTION(1, "门类", "Section"),
    DIVISION(2, "大类", "Division"),
    GROUP(3, "中类", "Group"),
    CLASS(4, "小类", "Class");

    private final int depth;
    private final String labelZh;
    private final String labelEn;

    IndustryLevel(int depth, String labelZh, String labelEn) {
        this.depth = depth;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** 1 for a section … 4 for a class; equals the length of the code for levels 2–4. */
    public int depth() { return depth; }

    public String labelZh() { return labelZh; }

    public String labelEn() { return labelEn; }

    /** The level of a code by its form: a letter, or 2, 3 or 4 digits; null if malformed. */
    public static IndustryLevel ofCode(String code) {
        if (code == null) return null;
        if (code.length() == 1 && code.charAt(0) >= 'A' && code.charAt(0) <= 'Z') return SECTION;
        if (code.length() < 2 || code.length() > 4) return null;
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') return null;
        }
        return values()[code.length() - 1];
    }
}
