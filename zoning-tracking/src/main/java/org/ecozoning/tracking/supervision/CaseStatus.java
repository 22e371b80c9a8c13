package org.ecozoning.tracking.supervision;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a supervision case: open → on-site check → confirmed or dismissed → closed. Every
 * transition is checked here and audited by {@link CaseStore}.
 */
public enum CaseStatus {
    OPEN("待核查"),
    ON_SITE_CHECK("现场核查中"),
    CONFIRMED("已确认违规"),
    DISMISSED("已排除"),
    CLOSED("已办结");

    private final String labelZh;

    CaseStatus(String labelZh) { this.labelZh = labelZh; }

    public String labelZh() { return labelZh; }

    /** The statuses this one may move to. */
    public Set<CaseStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(ON_SITE_CHECK, DISMISSED);
            case ON_SITE_CHECK -> EnumSet.of(CONFIRMED, DISMISSED);
            case CONFIRMED, DISMISSED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    public boolean canMoveTo(CaseStatus to) { return next().contains(to); }
}
