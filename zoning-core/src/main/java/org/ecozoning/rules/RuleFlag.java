package org.ecozoning.rules;

/** Extra marks a finding can carry beside its verdict. */
public enum RuleFlag {
    ENCOURAGED("鼓励", "Encouraged");

    private final String labelZh;
    private final String labelEn;

    RuleFlag(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }

    public String labelEn() { return labelEn; }
}
