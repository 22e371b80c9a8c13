package org.ecozoning.io.qa;

/** How bad a QA issue is: an error stops the import, a warning is kept with the version. */
public enum Severity {
    ERROR("错误", "error"),
    WARNING("警告", "warning");

    private final String labelZh;
    private final String labelEn;

    Severity(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }

    public String labelEn() { return labelEn; }
}
