package org.ecozoning.store;

import java.time.Instant;

/**
 * A cheap token for "which version is published now". A server holds the scheme in memory and
 * polls this; when the stamp differs from the one it loaded, it reloads. Published versions never
 * change, and every publish makes a new version id, so the id alone identifies the content.
 *
 * @param versionId   id of the published version, or 0 when none was ever published
 * @param publishedAt when it was published, or null when none
 */
public record VersionStamp(long versionId, Instant publishedAt) {
    public static final VersionStamp NONE = new VersionStamp(0, null);

    public boolean isNone() { return versionId == 0; }
}
