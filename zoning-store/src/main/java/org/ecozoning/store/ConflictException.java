package org.ecozoning.store;

/**
 * An edit was based on a revision that is no longer current: someone else changed the version
 * first. Nothing was written; the caller reloads and retries or tells the user.
 */
public class ConflictException extends StoreException {
    private final long versionId;
    private final long expectedRevision;
    private final long actualRevision;

    public ConflictException(long versionId, long expectedRevision, long actualRevision) {
        super("版本 " + versionId + " 已被他人修改（期望修订号 " + expectedRevision + "，当前 " + actualRevision + "），请刷新后重试"
                + " / version " + versionId + " was changed by someone else (expected revision " + expectedRevision
                + ", current " + actualRevision + "); reload and retry");
        this.versionId = versionId;
        this.expectedRevision = expectedRevision;
        this.actualRevision = actualRevision;
    }

    public ConflictException(String message, Throwable cause) {
        super(message, cause);
        this.versionId = 0;
        this.expectedRevision = -1;
        this.actualRevision = -1;
    }

    public long versionId() { return versionId; }

    public long expectedRevision() { return expectedRevision; }

    /** The revision found in the store, or -1 when the conflict was detected by the database itself. */
    public long actualRevision() { return actualRevision; }
}
