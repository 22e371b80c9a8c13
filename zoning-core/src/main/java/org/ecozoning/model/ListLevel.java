package org.ecozoning.model;

/**
 * The level an access-list clause is issued at. The report shows clauses in this order, and where
 * levels disagree the strictest clause wins.
 */
public enum ListLevel {
    PROVINCE("省级总体准入要求", "Province"),
    CITY("市级总体准入要求", "City"),
    UNIT("单元准入要求", "Unit");

    private final String labelZh;
    private final String labelEn;

    ListLevel(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }

    public String labelEn() { return labelEn; }
}
