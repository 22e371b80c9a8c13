package org.ecozoning.store;

/**
 * Why a version exists: the five-yearly periodic adjustment (定期调整) or a dynamic update between
 * two periodic ones (动态更新). Both follow the same lifecycle; the kind is reported, not enforced.
 */
public enum VersionKind {
    PERIODIC("定期调整", "periodic adjustment"),
    DYNAMIC("动态更新", "dynamic update");

    private final String labelZh;
    private final String labelEn;

    VersionKind(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }

    public String labelEn() { return labelEn; }
}
