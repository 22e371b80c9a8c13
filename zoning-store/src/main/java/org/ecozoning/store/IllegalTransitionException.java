package org.ecozoning.store;

/**
 * A lifecycle step that is not allowed from the version's current status (e.g. publishing a draft
 * that was never filed, or editing a published version). Nothing was written.
 */
public class IllegalTransitionException extends StoreException {
    private final VersionStatus from;

    public IllegalTransitionException(long versionId, VersionStatus from, String whatZh, String whatEn) {
        super("版本 " + versionId + " 当前状态为" + from.labelZh() + "，不能" + whatZh
                + " / version " + versionId + " is " + from.labelEn() + " and cannot " + whatEn);
        this.from = from;
    }

    public VersionStatus from() { return from; }
}
