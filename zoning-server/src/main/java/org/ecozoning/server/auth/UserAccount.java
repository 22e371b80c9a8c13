package org.ecozoning.server.auth;

import java.time.OffsetDateTime;

/** A stored account as listed (never the password hash outside {@link UserStore}). */
public record UserAccount(long id, String name, Role role, boolean disabled, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
