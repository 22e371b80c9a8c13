package org.ecozoning.store;

/** The kinds of change recorded in the audit log. */
public enum AuditAction {
    CREATE_DRAFT,
    REPLACE_CONTENT,
    PUT_UNIT,
    REMOVE_UNIT,
    PUT_ZONE,
    REMOVE_ZONE,
    PUT_CLAUSE,
    REMOVE_CLAUSE,
    PUT_RULES,
    FILE,
    PUBLISH,
    SUPERSEDE,
    SAVE_ASSESSMENT,
    /** A supervision case was opened (zoning-tracking). */
    OPEN_CASE,
    /** A supervision case changed status. */
    CASE_STATUS,
    /** A note or photo reference was added to a supervision case. */
    CASE_NOTE,
    /** A user account was created (zoning-server auth). */
    USER_ADD,
    /** A user's password was changed. */
    USER_PASSWORD,
    /** A user's role was changed. */
    USER_ROLE,
    /** A user account was disabled or enabled. */
    USER_DISABLE,
    /** A clause-to-rule proposal was reviewed without changing the rules (a rejection; zoning-server assist). */
    RULE_REVIEW
}
