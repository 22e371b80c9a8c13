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
    SAVE_ASSESSMENT
}
