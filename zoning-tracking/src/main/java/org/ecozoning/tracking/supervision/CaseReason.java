package org.ecozoning.tracking.supervision;

/** Why a case was opened. */
public enum CaseReason {
    /** The change breaks a rule of the version in force (verdict prohibited or restricted) and no approved assessment matches it. */
    RULE_BROKEN("违反管控要求"),
    /** The change touches a priority protection unit and no approved assessment matches it. */
    PRIORITY_UNIT_UNASSESSED("涉及优先保护单元且无研判记录");

    private final String labelZh;

    CaseReason(String labelZh) { this.labelZh = labelZh; }

    public String labelZh() { return labelZh; }
}
