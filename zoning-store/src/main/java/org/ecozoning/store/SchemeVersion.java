package org.ecozoning.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One stored version of the scheme (e.g. "2024年版") and its lifecycle facts. {@code revision}
 * grows with every change of the version or its content and is the token of optimistic locking:
 * every edit names the revision it was based on.
 *
 * @param parentId      the version this one was copied from, or null for a version created empty
 * @param filedAuthority the authority the version was filed with (备案机关), null while a draft
 * @param effectiveDate  the date from which the version is in force, null until published
 * @param supersededBy   the version that replaced it, null unless superseded
 */
public record SchemeVersion(
        long id,
        String name,
        VersionKind kind,
        VersionStatus status,
        String notes,
        Long parentId,
        long revision,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String filedAuthority,
        LocalDate filedDate,
        LocalDate effectiveDate,
        Instant publishedAt,
        Instant supersededAt,
        Long supersededBy) {

    /** Whether the version was ever published (it is in force, or was). */
    public boolean wasPublished() {
        return status == VersionStatus.PUBLISHED || status == VersionStatus.SUPERSEDED;
    }
}
