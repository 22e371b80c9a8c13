package org.ecozoning.model;

/**
 * The four dimensions of an access list (生态环境准入清单), with the field names of the national
 * result-data convention that carry each as text.
 */
public enum Dimension {
    SPATIAL_LAYOUT("空间布局约束", "Spatial layout constraints", "KJBJYS"),
    POLLUTANT_EMISSION("污染物排放管控", "Pollutant emission control", "PWWPFGK"),
    ENVIRONMENTAL_RISK("环境风险防控", "Environmental risk prevention", "HJFXFK"),
    RESOURCE_EFFICIENCY("资源开发效率要求", "Resource use efficiency", "ZYKFXLYQ");

    private final String labelZh;
    private final String labelEn;
    private final String nationalField;

    Dimension(String labelZh, String labelEn, String nationalField) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.nationalField = nationalField;
    }

    public String labelZh() { return labelZh; }

    public String labelEn() { return labelEn; }

    /** Field name of this dimension in the national result-data convention. */
    public String nationalField() { return nationalField; }
}
