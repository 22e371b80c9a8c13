package org.ecozoning.store.diff;

/**
 * How a unit, zone or clause differs between two versions. A matched item may carry several kinds
 * (e.g. reshaped and renamed); {@link #ADDED} and {@link #REMOVED} stand alone.
 */
public enum ChangeKind {
    ADDED("新增", "added"),
    REMOVED("删除", "removed"),
    /** Same geometry (and so the same place), new code. */
    RECODED("编码变更", "re-coded"),
    /** Geometry changed. */
    RESHAPED("边界调整", "reshaped"),
    /** Class or subtype (units), type (zones) changed. */
    RECLASSED("类别调整", "re-classed"),
    RENAMED("更名", "renamed"),
    /** City or county attribution of a unit changed. */
    REASSIGNED("行政区调整", "re-assigned"),
    /** Text, level, scope, dimension or rule links of a clause changed. */
    CHANGED("内容修改", "changed");

    private final String labelZh;
    private final String labelEn;

    ChangeKind(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** The lowercase name used in JSON and as the GeoJSON {@code change} property. */
    public String key() { return name().toLowerCase(java.util.Locale.ROOT); }

    public String labelZh() { return labelZh; }

    public String labelEn() { return labelEn; }
}
