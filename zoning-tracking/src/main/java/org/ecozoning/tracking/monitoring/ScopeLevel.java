package org.ecozoning.tracking.monitoring;

/** The levels at which figures are reported and targets set: the province, a city, a county, a control unit, an element zone. */
public enum ScopeLevel {
    PROVINCE("全省"),
    CITY("市"),
    COUNTY("县（市、区）"),
    UNIT("管控单元"),
    ZONE("要素分区");

    private final String labelZh;

    ScopeLevel(String labelZh) { this.labelZh = labelZh; }

    public String labelZh() { return labelZh; }
}
