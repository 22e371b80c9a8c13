package org.ecozoning.store;

import java.util.Objects;

/**
 * A data-quality warning kept with a version (from its import): what was found, on which
 * feature, and how serious it is. Stored so reviewers see the warnings of the version they file.
 *
 * @param severity e.g. "WARNING" or "ERROR"
 * @param code     a stable machine code, e.g. "UNIT_OVERLAP"
 * @param subject  the unit code, zone id or clause id concerned, or null
 */
public record QaWarning(String severity, String code, String subject, String message) {
    public QaWarning {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** A QA warning of an import as stored with the version: subject = where it was found. */
    public static QaWarning from(org.ecozoning.io.qa.QaIssue issue) {
        String where = issue.where();
        return new QaWarning(issue.severity().name(), issue.code().name(), where == null || where.isBlank() ? null : where,
                issue.messageZh() + " / " + issue.messageEn());
    }
}
