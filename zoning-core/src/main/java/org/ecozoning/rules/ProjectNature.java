package org.ecozoning.rules;

/** The construction nature of a project (建设性质); rules name the natures they apply to. */
public enum ProjectNature {
    NEW("新建", "New"),
    EXPANSION("扩建", "Expansion"),
    REBUILD("改建", "Rebuild"),
    RELOCATION("迁建", "Relocation");

    private final String labelZh;
    private final String labelEn;

    ProjectNature(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }

    public String labelEn() { return labelEn; }
}
