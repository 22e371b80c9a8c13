package org.ecozoning.store;

/**
 * Where a scheme version is in its life: a draft is edited, filed with the authority (备案),
 * published with an effective date, and finally superseded by the next published version. Only
 * these forward steps exist; nothing is ever deleted.
 */
public enum VersionStatus {
    DRAFT("草稿", "draft"),
    FILED("已备案", "filed"),
    PUBLISHED("已发布", "published"),
    SUPERSEDED("已被替代", "superseded");

    private final String labelZh;
    private final String labelEn;

    VersionStatus(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }

    public String labelEn() { return labelEn; }

    /** "已备案 (filed)", as used in messages. */
    public String label() { return labelZh + " (" + labelEn + ")"; }
}
