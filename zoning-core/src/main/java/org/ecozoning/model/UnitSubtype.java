package org.ecozoning.model;

/**
 * What kind of place a control unit is, within its class. Rules select units by class and by
 * subtype (e.g. chemical parks, urban centres), so the subtype is part of the model, not a label.
 */
public enum UnitSubtype {
    ECOLOGICAL_RED_LINE(UnitClass.PRIORITY_PROTECTION, "生态保护红线", "Ecological protection red line"),
    NATURE_RESERVE(UnitClass.PRIORITY_PROTECTION, "自然保护地", "Nature reserve"),
    DRINKING_WATER_SOURCE(UnitClass.PRIORITY_PROTECTION, "饮用水水源保护区", "Drinking water source protection zone"),
    IMPORTANT_WETLAND(UnitClass.PRIORITY_PROTECTION, "重要湿地", "Important wetland"),
    KARST_SPRING(UnitClass.PRIORITY_PROTECTION, "泉域重点保护区", "Karst spring key protection zone"),
    ECOLOGICAL_FOREST(UnitClass.PRIORITY_PROTECTION, "生态公益林", "Public-welfare ecological forest"),
    INDUSTRIAL_PARK(UnitClass.KEY_CONTROL, "工业园区", "Industrial park"),
    CHEMICAL_PARK(UnitClass.KEY_CONTROL, "化工园区", "Chemical park"),
    URBAN_CENTRE(UnitClass.KEY_CONTROL, "城镇中心", "Urban centre"),
    MINING_AREA(UnitClass.KEY_CONTROL, "矿产开发区", "Mining area"),
    GENERAL(UnitClass.GENERAL_CONTROL, "一般管控区", "General area");

    private final UnitClass unitClass;
    private final String labelZh;
    private final String labelEn;

    UnitSubtype(UnitClass unitClass, String labelZh, String labelEn) {
        this.unitClass = unitClass;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** The class every unit of this subtype belongs to. */
    public UnitClass unitClass() { return unitClass; }

    public String labelZh() { return labelZh; }

    public String labelEn() { return labelEn; }
}
