package org.ecozoning.assist.rules;

/** Where a rule proposal stands in staff review. Only ACCEPTED proposals yield running rules. */
public enum ReviewState {
    PROPOSED("待审核", "Proposed"),
    ACCEPTED("已采纳", "Accepted"),
    REJECTED("已驳回", "Rejected");

    private final String labelZh;
    private final String labelEn;

    ReviewState(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }

    public String labelEn() { return labelEn; }
}
