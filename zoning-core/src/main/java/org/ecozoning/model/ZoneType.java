package org.ecozoning.model;

/**
 * Types of element zone (要素管控分区): spatial scopes named by the policy that are not control
 * units themselves (river shorelines and their buffers, basins, valleys, subsidence areas, joint
 * control areas …). Each type belongs to a {@link ZoneFamily}, which is what gets published as one
 * layer.
 */
public enum ZoneType {
    YELLOW_RIVER_SHORELINE(ZoneFamily.RIVER, "黄河干支流岸线管控范围", "Yellow River shoreline control range"),
    YELLOW_RIVER_1KM(ZoneFamily.RIVER, "黄河河道及干流岸线外推1公里范围", "Yellow River channel and main-stream shoreline 1 km buffer"),
    RIVER_SHORELINE(ZoneFamily.RIVER, "重点河流干流及主要支流沿岸", "Shoreline of a key river (Fen, Sanggan, Hutuo, Zhang, Qin)"),
    TAIYUAN_BASIN(ZoneFamily.REGION, "太原盆地", "Taiyuan basin"),
    FEN_VALLEY(ZoneFamily.REGION, "汾河谷地", "Fen River valley"),
    JOINT_AIR_CONTROL(ZoneFamily.AIR, "大气污染联防联控片区", "Joint air-pollution control area"),
    SUBSIDENCE_AREA(ZoneFamily.LAND, "采煤沉陷区", "Coal-mining subsidence area"),
    SALINE_ALKALI_LAND(ZoneFamily.LAND, "盐碱地", "Saline-alkali land"),
    CLOSED_SITE(ZoneFamily.SOIL, "焦化农药关闭搬迁地块", "Closed or relocated coking/pesticide site"),
    NOISE_SENSITIVE(ZoneFamily.NOISE, "噪声敏感建筑物集中区域", "Noise-sensitive building area");

    private final ZoneFamily family;
    private final String labelZh;
    private final String labelEn;

    ZoneType(ZoneFamily family, String labelZh, String labelEn) {
        this.family = family;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public ZoneFamily family() { return family; }

    public String labelZh() { return labelZh; }

    public String labelEn() { return labelEn; }
}
