package org.ecozoning.store;

import java.time.Instant;

/**
 * One line of the append-only audit log: who did what to which version, when and why. The store
 * writes it in the same transaction as the change it describes, so there is no change without one.
 *
 * @param versionId the version concerned, or null for changes not tied to a version
 */
public record AuditEntry(long id, Instant at, String actor, AuditAction action, Long versionId, String what, String why) {}
