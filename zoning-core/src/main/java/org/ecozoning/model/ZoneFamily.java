package org.ecozoning.model;

/** Families of element zones; each family is published as one map/feature layer. */
public enum ZoneFamily {
    RIVER("river_zones", "河流岸线管控分区", "River shoreline zones"),
    REGION("region_zones", "重点区域（盆地、谷地）", "Key regions (basins, valleys)"),
    AIR("air_zones", "大气污染联防联控片区", "Joint air-pollution control areas"),
    LAND("land_zones", "采煤沉陷区与盐碱地", "Subsidence and saline-alkali land"),
    SOIL("soil_zones", "土壤污染风险管控地块", "Soil-risk sites"),
    NOISE("noise_zones", "噪声敏感区域", "Noise-sensitive areas");

    private final String layerName;
    private final String titleZh;
    private final String titleEn;

    ZoneFamily(String layerName, String titleZh, String titleEn) {
        this.layerName = layerName;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
    }

    /** Layer name (without namespace prefix) under which the family is published. */
    public String layerName() { return layerName; }

    public String titleZh() { return titleZh; }

    public String titleEn() { return titleEn; }
}
