package org.ecozoning.rules;

/**
 * The verdict scale of the compliance engine, worst first. Rules carry one of the first four;
 * {@link #OUTSIDE} is only ever an assessment's overall verdict, for a site that touches no control
 * unit of the scheme.
 */
public enum Verdict {
    PROHIBITED(4, "禁止（不符合）", "Prohibited (not compliant)"),
    RESTRICTED(3, "限制（需进一步论证）", "Restricted (needs further demonstration)"),
    CONDITIONAL(2, "符合（附条件）", "Compliant with conditions"),
    COMPLIANT(1, "符合", "Compliant"),
    OUTSIDE(0, "不在管控范围内", "Outside the scheme");

    private final int severity;
    private final String labelZh;
    private final String labelEn;

    Verdict(int severity, String labelZh, String labelEn) {
        this.severity = severity;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** Higher is stricter; OUTSIDE is 0. */
    public int severity() { return severity; }

    public String labelZh() { return labelZh; }

    public String labelEn() { return labelEn; }

    /** Whether a rule may carry this verdict (everything but OUTSIDE). */
    public boolean isRuleVerdict() { return this != OUTSIDE; }

    /** The stricter of two verdicts (null counts as absent). */
    public static Verdict worst(Verdict a, Verdict b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.severity >= b.severity ? a : b;
    }
}
